package vn.dvk.registration.model.adapter;

import java.time.Instant;
import java.time.LocalDate;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.registration.model.domain.Model;

/** A model as the API shows it. */
public record ModelResponse(String id, int year, String unitCode, String unitPath, ManagementLevel level,
                            Field field, OwnerType ownerType, ModelKind kind, ModelStatus status, String name,
                            String address, String content, String ownerName, String personInCharge,
                            LocalDate startDate, LocalDate endDate, String campaignId, String replicatedFrom,
                            long version, Instant createdAt, Instant updatedAt) {

    static ModelResponse of(Model model) {
        return new ModelResponse(model.id(), model.year(), model.unitCode(), model.unitPath(), model.level(),
                model.field(), model.ownerType(), model.kind(), model.status(), model.name(), model.address(),
                model.content(), model.ownerName(), model.personInCharge(), model.startDate(), model.endDate(),
                model.campaignId(), model.replicatedFrom(), model.version(), model.createdAt(), model.updatedAt());
    }
}
