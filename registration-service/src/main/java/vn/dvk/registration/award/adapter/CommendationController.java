package vn.dvk.registration.award.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.registration.award.application.CommendationHandler;
import vn.dvk.registration.award.domain.Commendation;

/** {@code GET /api/v1/models/{id}/commendations}: the granted awards that rest on a model. */
@RestController
class CommendationController {

    private final CommendationHandler commendations;

    CommendationController(CommendationHandler commendations) {
        this.commendations = commendations;
    }

    @GetMapping("/api/v1/models/{id}/commendations")
    @Operation(summary = "Khen thưởng dựa trên mô hình / Commendations of a model",
            description = "Các quyết định khen thưởng (số, ngày, hình thức, đối tượng) đã nêu mô hình này.")
    List<Commendation> commendations(@PathVariable String id) {
        return commendations.of(id);
    }
}
