package vn.dvk.evaluation.model.adapter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.evaluation.model.application.KnownModels;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.platform.domain.Rejection;

/** {@code GET /api/v1/known-models/{id}}: what evaluation-service currently knows of a model (for operators). */
@RestController
public class ModelViewController {

    private final KnownModels models;

    public ModelViewController(KnownModels models) {
        this.models = models;
    }

    @GetMapping("/api/v1/known-models/{id}")
    public ModelView get(@PathVariable String id) {
        return models.find(id).orElseThrow(() -> Rejection.notFound("mô hình", id));
    }
}
