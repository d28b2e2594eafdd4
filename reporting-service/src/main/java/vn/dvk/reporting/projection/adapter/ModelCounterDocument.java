package vn.dvk.reporting.projection.adapter;

import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.reporting.projection.domain.CounterCount;
import vn.dvk.reporting.projection.domain.CounterKey;

/**
 * One model counter: the attributes of its {@link CounterKey} (the {@code _id} is the key joined with {@code |}), the
 * number of models counted under it and, per source partition, the offset up to which it holds every delta
 * ({@code applied}, ADR 0019). Statistics read a year and a unit-path prefix on {@code (year, unitPath)}.
 */
@Document("rpt_model_counters")
@CompoundIndex(name = "year_unitPath", def = "{'year': 1, 'unitPath': 1}")
record ModelCounterDocument(@Id String id, String unitCode, String unitPath, int year, ManagementLevel level,
                            Field field, OwnerType ownerType, ModelKind kind, ModelStatus status, long count,
                            Map<String, Long> applied) {

    CounterCount toCount() {
        return new CounterCount(new CounterKey(unitCode, unitPath, year, level, field, ownerType, kind, status),
                count);
    }
}
