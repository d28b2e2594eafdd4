package vn.dvk.evaluation.model.adapter;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.platform.access.UnitScoped;

/**
 * The local view of a model, one document per model, replaced by each newer snapshot: a fact about the model's unit,
 * which only that unit's subtree sees.
 */
@Document("model_views")
public record ModelViewDocument(@Id String id, int year, String unitCode, @Indexed String unitPath,
                                ManagementLevel level, @Indexed ModelStatus status, String name, LocalDate startDate,
                                LocalDate endDate, String campaignId, long snapshotVersion) implements UnitScoped {

    public static ModelViewDocument of(ModelView view) {
        return new ModelViewDocument(view.id(), view.year(), view.unitCode(), view.unitPath(), view.level(),
                view.status(), view.name(), view.startDate(), view.endDate(), view.campaignId(), view.version());
    }

    public ModelView toView() {
        return new ModelView(id, year, unitCode, unitPath, level, status, name, startDate, endDate, campaignId,
                snapshotVersion);
    }
}
