package vn.dvk.reporting.projection.adapter;

import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.projection.domain.ModelFigures;

/**
 * The view of one model (ADR 0019): its latest snapshot and the {@code version} it was applied at, and the figures
 * evaluation events recorded ({@code scores}: one per evaluation standing). The counters count a model under the key
 * of its snapshot, so the key is read from the snapshot's fields, not stored twice. A model whose figures arrived
 * before its snapshot has only those (version 0, no snapshot, no year or unit path); a model that moved out of the
 * scope keeps a tombstone: its version, no snapshot, hence no key.
 */
@Document("rpt_model_views")
@CompoundIndex(name = "year_unitPath", def = "{'year': 1, 'unitPath': 1}")
record ModelViewDocument(@Id String id, ModelSnapshot model, long version, String unitPath, Integer year,
                         Map<String, ModelFigures.Figure> indicators,
                         List<ModelFigures.Score> scores) {
}
