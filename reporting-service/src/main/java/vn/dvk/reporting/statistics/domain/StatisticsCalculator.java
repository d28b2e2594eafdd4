package vn.dvk.reporting.statistics.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.reporting.projection.domain.CounterCount;

/** Folds the counters of a subtree into the contract's statistics. */
public final class StatisticsCalculator {

    /** Withdrawn and rejected models count in {@code byStatus} only, unless a query asks for them. */
    public static final Set<ModelStatus> DEFAULT_STATUSES =
            EnumSet.complementOf(EnumSet.of(ModelStatus.WITHDRAWN, ModelStatus.REJECTED));

    private StatisticsCalculator() {
    }

    /**
     * @param statuses the statuses that count; empty means the default (every status but withdrawn and rejected)
     */
    public static ModelStatistics compute(String unit, int year, Collection<CounterCount> counts,
                                          Set<ModelStatus> statuses) {
        boolean explicit = !statuses.isEmpty();
        Set<ModelStatus> counted = explicit ? statuses : DEFAULT_STATUSES;
        Tally total = new Tally();
        Map<ManagementLevel, Tally> byLevel = new EnumMap<>(ManagementLevel.class);
        Map<ManagementLevel, Map<Field, Tally>> byLevelField = new EnumMap<>(ManagementLevel.class);
        Map<Field, Tally> byField = new EnumMap<>(Field.class);
        Map<ModelStatus, Long> byStatus = new EnumMap<>(ModelStatus.class);
        for (ManagementLevel level : ManagementLevel.values()) {
            byLevel.put(level, new Tally());
            Map<Field, Tally> fields = new EnumMap<>(Field.class);
            for (Field field : Field.values()) {
                fields.put(field, new Tally());
            }
            byLevelField.put(level, fields);
        }
        for (Field field : Field.values()) {
            byField.put(field, new Tally());
        }
        for (ModelStatus status : ModelStatus.values()) {
            byStatus.put(status, 0L);
        }
        for (CounterCount count : counts) {
            if (count.key().year() != year) {
                continue;
            }
            ModelStatus status = count.key().status();
            if (!explicit || counted.contains(status)) {
                byStatus.merge(status, count.count(), Long::sum);
            }
            if (!counted.contains(status)) {
                continue;
            }
            OwnerType owner = count.key().ownerType();
            total.add(owner, count.count());
            byLevel.get(count.key().level()).add(owner, count.count());
            byLevelField.get(count.key().level()).get(count.key().field()).add(owner, count.count());
            byField.get(count.key().field()).add(owner, count.count());
        }
        Map<String, ModelStatistics.LevelBreakdown> levels = new LinkedHashMap<>();
        byLevel.forEach((level, tally) -> {
            Map<String, ModelStatistics.Breakdown> fields = new LinkedHashMap<>();
            byLevelField.get(level).forEach((field, fieldTally) -> fields.put(field.name(), fieldTally.breakdown()));
            levels.put(level.name(), new ModelStatistics.LevelBreakdown(tally.total(), tally.collective,
                    tally.individual, fields));
        });
        Map<String, ModelStatistics.Breakdown> fields = new LinkedHashMap<>();
        byField.forEach((field, tally) -> fields.put(field.name(), tally.breakdown()));
        Map<String, Long> statusCounts = new LinkedHashMap<>();
        byStatus.forEach((status, value) -> statusCounts.put(status.name(), value));
        return new ModelStatistics(unit, year, total.total(), total.collective, total.individual, levels, fields,
                statusCounts);
    }

    private static final class Tally {

        private long collective;
        private long individual;

        void add(OwnerType owner, long count) {
            if (owner == OwnerType.INDIVIDUAL) {
                individual += count;
            } else {
                collective += count;
            }
        }

        long total() {
            return collective + individual;
        }

        ModelStatistics.Breakdown breakdown() {
            return new ModelStatistics.Breakdown(total(), collective, individual);
        }
    }
}
