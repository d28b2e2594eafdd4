package vn.dvk.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.reporting.fakes.InMemoryReporting;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.projection.domain.ProjectionChanged;
import vn.dvk.reporting.statistics.application.CoveredRecords;
import vn.dvk.reporting.statistics.application.StatisticsService;
import vn.dvk.reporting.statistics.domain.ModelStatistics;

/** The model projection on in-memory read models: counters move exactly once per snapshot version (ADR 0019). */
class ModelProjectionTest {

    private static final int YEAR = 2022;

    private final InMemoryReporting reporting = new InMemoryReporting();
    private final StatisticsService statistics =
            new StatisticsService(new CoveredRecords(reporting.counters, reporting.views));

    private ModelStatistics statisticsOf(String unit) {
        return statistics.statistics(new UnitSelection(unit, DemoUnits.pathOf(unit)), YEAR,
                EnumSet.noneOf(ModelStatus.class));
    }

    private static ModelSnapshot pearFarm() {
        return ModelFixtures.anIndividualModel().inUnit("04096").inYear(YEAR).atLevel(ManagementLevel.GRASSROOTS)
                .inField(Field.ECONOMY).named("Mô hình trồng lê Tai nung").registered();
    }

    @Test
    void a_registered_model_counts_once_in_its_unit_and_every_unit_above_and_tells_the_dashboard() {
        ModelSnapshot model = pearFarm();

        reporting.registered(model);

        assertThat(statisticsOf("04096").total()).isEqualTo(1);
        assertThat(statisticsOf("124").individual()).isEqualTo(1);
        assertThat(statisticsOf("14").byStatus()).containsEntry("REGISTERED", 1L);
        assertThat(statisticsOf("04063").total()).isZero();
        assertThat(reporting.changes).containsExactly(
                ProjectionChanged.factOf("14/124/04096", RegistrationEvents.MODEL_REGISTERED.name()));
    }

    @Test
    void a_status_change_moves_the_model_from_one_status_to_the_other() {
        ModelSnapshot registered = reporting.registered(pearFarm());

        reporting.statusChanged(registered, ModelFixtures.from(registered).withStatus(ModelStatus.APPROVED)
                .atVersion(2).build());

        assertThat(statisticsOf("124").byStatus()).containsEntry("REGISTERED", 0L).containsEntry("APPROVED", 1L);
        assertThat(statisticsOf("124").total()).isEqualTo(1);
    }

    @Test
    void a_repeated_or_older_snapshot_changes_no_figure_and_tells_nobody() {
        ModelSnapshot registered = reporting.registered(pearFarm());
        reporting.statusChanged(registered, ModelFixtures.from(registered).withStatus(ModelStatus.APPROVED)
                .atVersion(2).build());
        ModelStatistics before = statisticsOf("124");
        int told = reporting.changes.size();

        reporting.registered(registered);
        reporting.statusChanged(registered, ModelFixtures.from(registered).withStatus(ModelStatus.APPROVED)
                .atVersion(2).build());

        assertThat(statisticsOf("124")).isEqualTo(before);
        assertThat(reporting.changes).hasSize(told);
    }

    @Test
    void a_later_version_arriving_before_an_earlier_one_leaves_the_earlier_one_without_effect() {
        ModelSnapshot registered = pearFarm();
        ModelSnapshot approved = ModelFixtures.from(registered).withStatus(ModelStatus.APPROVED).atVersion(2).build();
        ModelSnapshot inProgress = ModelFixtures.from(approved).withStatus(ModelStatus.IN_PROGRESS).atVersion(3)
                .build();

        reporting.statusChanged(approved, inProgress);
        reporting.registered(registered);
        reporting.statusChanged(registered, approved);

        assertThat(statisticsOf("124").total()).isEqualTo(1);
        assertThat(statisticsOf("124").byStatus()).containsEntry("IN_PROGRESS", 1L).containsEntry("REGISTERED", 0L)
                .containsEntry("APPROVED", 0L);
    }

    @Test
    void an_old_duplicate_arriving_after_the_model_moved_out_neither_recreates_nor_recounts_it() {
        InMemoryReporting left = new InMemoryReporting("04096");
        ModelSnapshot registered = left.registered(pearFarm());
        left.moved(registered, ModelFixtures.from(registered).inUnit("04063").atVersion(2).build());

        left.registered(registered);

        assertThat(statisticsOf(left, "04096").total()).isZero();
        assertThat(left.counters.sum()).isZero();
        assertThat(left.views.modelsUnder("14/124/04096", YEAR)).isEmpty();
    }

    private static ModelStatistics statisticsOf(InMemoryReporting instance, String unit) {
        return new StatisticsService(new CoveredRecords(instance.counters, instance.views)).statistics(
                new UnitSelection(unit, DemoUnits.pathOf(unit)), YEAR, EnumSet.noneOf(ModelStatus.class));
    }

    @Test
    void a_model_edited_into_another_commune_leaves_the_figures_of_the_commune_it_left_and_enters_the_other() {
        InMemoryReporting left = new InMemoryReporting("04096");
        InMemoryReporting entered = new InMemoryReporting("04063");
        ModelSnapshot registered = left.registered(pearFarm());
        ModelSnapshot moved = ModelFixtures.from(registered).inUnit("04063").atVersion(2).build();

        left.moved(registered, moved);
        entered.moved(registered, moved);

        assertThat(statisticsOf(left, "04096").total()).isZero();
        assertThat(left.counters.sum()).isZero();
        assertThat(left.views.modelsUnder("14/124/04096", YEAR)).isEmpty();
        assertThat(left.changes).containsExactly(
                ProjectionChanged.factOf("14/124/04096", RegistrationEvents.MODEL_REGISTERED.name()),
                ProjectionChanged.factOf("14/124/04096", RegistrationEvents.MODEL_UPDATED.name()));
        assertThat(statisticsOf(entered, "04063").total()).isEqualTo(1);
        assertThat(entered.views.modelsUnder("14/124/04063", YEAR)).hasSize(1);
    }

    @Test
    void a_model_moved_between_two_communes_of_the_scope_moves_its_count_and_tells_both_dashboards() {
        ModelSnapshot registered = reporting.registered(pearFarm());
        ModelSnapshot moved = ModelFixtures.from(registered).inUnit("04063").atVersion(2).build();

        reporting.moved(registered, moved);

        assertThat(statisticsOf("04096").total()).isZero();
        assertThat(statisticsOf("04063").total()).isEqualTo(1);
        assertThat(statisticsOf("124").total()).isEqualTo(1);
        assertThat(reporting.changes).contains(
                ProjectionChanged.factOf("14/124/04063", RegistrationEvents.MODEL_UPDATED.name()),
                ProjectionChanged.factOf("14/124/04096", RegistrationEvents.MODEL_UPDATED.name()));
    }

    @Test
    void a_model_moved_away_and_back_counts_again_in_the_commune_it_had_left() {
        InMemoryReporting commune = new InMemoryReporting("04096");
        ModelSnapshot registered = commune.registered(pearFarm());
        ModelSnapshot away = commune.moved(registered, ModelFixtures.from(registered).inUnit("04063").atVersion(2)
                .build());

        commune.moved(away, ModelFixtures.from(registered).atVersion(3).build());

        assertThat(statisticsOf(commune, "04096").total()).isEqualTo(1);
        assertThat(commune.counters.sum()).isEqualTo(1);
    }
}
