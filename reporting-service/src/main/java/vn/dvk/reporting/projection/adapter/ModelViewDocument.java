package vn.dvk.reporting.projection.adapter;

import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.ModelFigures;

/**
 * The view of one model (ADR 0002): its latest snapshot and the {@code version} it was applied at, the counted
 * attributes of that snapshot ({@code key}), what the counters reflect ({@code countedKey}, {@code countedVersion}),
 * {@code pending} while they lag behind, and the figures evaluation events recorded ({@code scores}: one per evaluation
 * standing). A model whose figures arrived
 * before its snapshot has only those (version 0, no snapshot, no year or unit path).
 */
@Document("rpt_model_views")
@CompoundIndex(name = "year_unitPath", def = "{'year': 1, 'unitPath': 1}")
record ModelViewDocument(@Id String id, ModelSnapshot model, long version, CounterKey key, CounterKey countedKey,
                         long countedVersion, @Indexed(name = "pending") boolean pending, String unitPath,
                         Integer year, Map<String, ModelFigures.Figure> indicators,
                         List<ModelFigures.Score> scores) {

    /** The view of a model seen for the first time, with its counter move pending. */
    static ModelViewDocument claimed(ModelSnapshot model, long version) {
        return new ModelViewDocument(model.id(), model, version, CounterKey.of(model), null, 0, true,
                model.unitPath(), model.year(), null, null);
    }
}
