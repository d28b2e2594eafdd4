package vn.dvk.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.reporting.projection.domain.CounterCount;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.statistics.domain.ModelStatistics;
import vn.dvk.reporting.statistics.domain.StatisticsCalculator;

class StatisticsCalculatorTest {

    private static CounterCount counted(ManagementLevel level, Field field, OwnerType owner, ModelStatus status,
                                        long count) {
        return new CounterCount(new CounterKey("04096", "14/124/04096", 2022, level, field, owner, ModelKind.MODEL,
                status), count);
    }

    private static final List<CounterCount> COUNTERS = List.of(
            counted(ManagementLevel.PROVINCE, Field.ECONOMY, OwnerType.COLLECTIVE, ModelStatus.APPROVED, 5),
            counted(ManagementLevel.PROVINCE, Field.ECONOMY, OwnerType.INDIVIDUAL, ModelStatus.REGISTERED, 1),
            counted(ManagementLevel.GRASSROOTS, Field.DEFENSE_SECURITY, OwnerType.COLLECTIVE, ModelStatus.WITHDRAWN, 2),
            counted(ManagementLevel.GRASSROOTS, Field.DEFENSE_SECURITY, OwnerType.COLLECTIVE, ModelStatus.REJECTED, 1));

    @Test
    void withdrawn_and_rejected_models_count_only_by_status_by_default() {
        ModelStatistics statistics = StatisticsCalculator.compute("124", 2022, COUNTERS, EnumSet.noneOf(ModelStatus.class));

        assertThat(statistics.total()).isEqualTo(6);
        assertThat(statistics.collective()).isEqualTo(5);
        assertThat(statistics.individual()).isEqualTo(1);
        assertThat(statistics.byLevel().get("PROVINCE").byField().get("ECONOMY"))
                .isEqualTo(new ModelStatistics.Breakdown(6, 5, 1));
        assertThat(statistics.byLevel().get("GRASSROOTS").total()).isZero();
        assertThat(statistics.byStatus()).containsEntry("WITHDRAWN", 2L).containsEntry("REJECTED", 1L)
                .containsEntry("APPROVED", 5L).containsEntry("RECOGNIZED", 0L);
    }

    @Test
    void every_level_field_and_status_code_appears_even_with_no_counters() {
        ModelStatistics statistics = StatisticsCalculator.compute("124", 2022, List.of(),
                EnumSet.noneOf(ModelStatus.class));

        assertThat(statistics.byLevel()).containsOnlyKeys("PROVINCE", "DISTRICT", "GRASSROOTS");
        statistics.byLevel().values().forEach(level -> assertThat(level.byField())
                .containsOnlyKeys("ECONOMY", "CULTURE_SOCIETY", "DEFENSE_SECURITY", "POLITICAL_SYSTEM"));
        assertThat(statistics.byField()).hasSize(4);
        assertThat(statistics.byStatus()).hasSize(ModelStatus.values().length);
    }

    @Test
    void asking_for_statuses_counts_exactly_those() {
        ModelStatistics statistics = StatisticsCalculator.compute("124", 2022, COUNTERS,
                EnumSet.of(ModelStatus.WITHDRAWN, ModelStatus.REJECTED));

        assertThat(statistics.total()).isEqualTo(3);
        assertThat(statistics.byField().get("DEFENSE_SECURITY").collective()).isEqualTo(3);
        assertThat(statistics.byStatus()).containsEntry("APPROVED", 0L).containsEntry("WITHDRAWN", 2L);
    }
}
