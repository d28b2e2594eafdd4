package vn.dvk.reporting.projection.domain;

import java.util.Objects;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.registration.ModelSnapshot;

/**
 * The attributes a model is counted under. Two models with equal keys add to the same counter; a model whose status
 * or attributes change moves from one key to another.
 */
public record CounterKey(String unitCode, String unitPath, int year, ManagementLevel level, Field field,
                         OwnerType ownerType, ModelKind kind, ModelStatus status) {

    public CounterKey {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(unitPath, "unitPath");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(ownerType, "ownerType");
        kind = kind == null ? ModelKind.MODEL : kind;
        Objects.requireNonNull(status, "status");
    }

    public static CounterKey of(ModelSnapshot model) {
        return new CounterKey(model.unitCode(), model.unitPath(), model.year(), model.level(), model.field(),
                model.ownerType(), model.kind(), model.status());
    }

    /** A stable identifier of the counter, usable as a document id. */
    public String id() {
        return String.join("|", unitPath, Integer.toString(year), level.name(), field.name(), ownerType.name(),
                kind.name(), status.name());
    }
}
