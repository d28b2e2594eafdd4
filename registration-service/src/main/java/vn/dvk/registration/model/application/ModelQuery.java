package vn.dvk.registration.model.application;

import java.util.List;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;

/** Filters of the model list; null (or empty) means "any". {@code unit} covers the unit's whole subtree. */
public record ModelQuery(String unit, Integer year, Field field, ManagementLevel level, OwnerType ownerType,
                         ModelKind kind, List<ModelStatus> status, String campaignId, String q, int page, int size) {

    public ModelQuery {
        status = status == null ? List.of() : List.copyOf(status);
    }
}
