package vn.dvk.registration.model.adapter;

import java.time.Instant;
import java.time.LocalDate;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.ModelDetails;

/** A model as the API shows it. */
public record ModelResponse(String id, int year, String unitCode, String unitPath, ManagementLevel level,
                            Field field, OwnerType ownerType, ModelKind kind, ModelStatus status, String name,
                            String address, String content, String ownerName, String personInCharge,
                            LocalDate startDate, LocalDate endDate, String campaignId, String replicatedFrom,
                            long version, Instant createdAt, Instant updatedAt, String ownerPersonId) {

    static ModelResponse of(Model model) {
        ModelDetails d = model.details();
        return new ModelResponse(model.id(), d.year(), d.unitCode(), model.unitPath(), d.level(), d.field(),
                d.ownerType(), d.kind(), model.status(), d.name(), d.address(), d.content(), d.ownerName(),
                d.personInCharge(), d.startDate(), d.endDate(), d.campaignId(), d.replicatedFrom(), model.version(),
                model.createdAt(), model.updatedAt(), d.ownerPersonId());
    }
}
