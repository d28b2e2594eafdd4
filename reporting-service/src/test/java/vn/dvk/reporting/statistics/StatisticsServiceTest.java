package vn.dvk.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.reporting.fakes.InMemoryReporting;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.fixtures.Seed004;
import vn.dvk.reporting.statistics.application.CoveredRecords;
import vn.dvk.reporting.statistics.application.StatisticsService;
import vn.dvk.reporting.statistics.domain.ModelStatistics;
import vn.dvk.reporting.statistics.domain.Replication;
import vn.dvk.testsupport.Seed004Table;

/** Statistics from counters the model projection built in memory, without Spring. */
class StatisticsServiceTest {

    private final InMemoryReporting reporting = new InMemoryReporting();
    private final StatisticsService statistics =
            new StatisticsService(new CoveredRecords(reporting.counters, reporting.views));

    private static UnitSelection unit(String code) {
        return new UnitSelection(code, DemoUnits.pathOf(code));
    }

    @Test
    void the_seed_004_models_give_the_seed_figures_for_district_124() {
        Seed004.models(2022).forEach(reporting::registered);

        ModelStatistics figures = statistics.statistics(unit("124"), "2022", null);

        assertThat(figures.total()).isEqualTo(119);
        assertThat(figures.collective()).isEqualTo(87);
        assertThat(figures.individual()).isEqualTo(32);
        Seed004Table.assertMatches(JsonMapper.builder().build().valueToTree(figures));
        assertThat(statistics.statistics(unit("14"), "2022", null).total()).isEqualTo(119);
        assertThat(statistics.statistics(unit("125"), "2022", null).total()).isZero();
        assertThat(statistics.statistics(unit("124"), "2023", null).total()).isZero();
    }

    @Test
    void withdrawn_models_count_only_by_status_unless_the_query_asks_for_them() {
        List<ModelSnapshot> models = Seed004.models(2023);
        models.forEach(reporting::registered);
        for (ModelSnapshot model : models.subList(0, 3)) {
            reporting.statusChanged(model, ModelFixtures.from(model).withStatus(ModelStatus.WITHDRAWN).atVersion(2)
                    .build());
        }

        assertThat(statistics.statistics(unit("124"), "2023", null).total()).isEqualTo(116);
        assertThat(statistics.statistics(unit("124"), "2023", null).byStatus()).containsEntry("WITHDRAWN", 3L);
        assertThat(statistics.statistics(unit("124"), "2023", List.of("WITHDRAWN,REJECTED")).total()).isEqualTo(3);
    }

    @Test
    void the_replication_figure_counts_the_replicas_of_the_subtree_and_year_and_the_distinct_models_they_copy() {
        ModelSnapshot source = reporting.registered(ModelFixtures.aCollectiveModel().inUnit("04096").inYear(2021)
                .withStatus(ModelStatus.RECOGNIZED).atVersion(4).build());
        ModelSnapshot other = reporting.registered(ModelFixtures.aCollectiveModel().inUnit("04105").inYear(2022)
                .withStatus(ModelStatus.RECOGNIZED).atVersion(4).build());
        reporting.registered(ModelFixtures.aCollectiveModel().inUnit("04063").inYear(2022)
                .replicating(source.id()).registered());
        reporting.registered(ModelFixtures.anIndividualModel().inUnit("04093").inYear(2022)
                .replicating(source.id()).registered());
        reporting.registered(ModelFixtures.aCollectiveModel().inUnit("04075").inYear(2022)
                .replicating(other.id()).registered());
        reporting.registered(ModelFixtures.aCollectiveModel().inUnit("04078").inYear(2022)
                .replicating(other.id()).withStatus(ModelStatus.WITHDRAWN).atVersion(2).build());
        reporting.registered(ModelFixtures.aCollectiveModel().inUnit("04096").inYear(2023)
                .replicating(source.id()).registered());

        Replication yenChau = statistics.replication(unit("124"), "2022");

        assertThat(yenChau.replicas()).as("three replicas of 2022 in Yên Châu; the withdrawn one does not count")
                .isEqualTo(3);
        assertThat(yenChau.replicatedModels()).as("copied from two models, one of them outside Yên Châu")
                .isEqualTo(2);
        assertThat(statistics.replication(unit("04063"), "2022")).isEqualTo(new Replication("04063", 2022, 1, 1));
    }

    @Test
    void a_bad_year_or_status_is_refused_naming_the_parameter() {
        assertThatThrownBy(() -> statistics.statistics(unit("124"), null, null))
                .isInstanceOf(Rejection.InvalidInput.class)
                .satisfies(e -> assertThat(((Rejection) e).issues()).extracting(Rejection.FieldIssue::field)
                        .containsExactly("year"));
        assertThatThrownBy(() -> statistics.statistics(unit("124"), "1999", null))
                .isInstanceOf(Rejection.InvalidInput.class);
        assertThatThrownBy(() -> statistics.statistics(unit("124"), "2022", List.of("LOST")))
                .isInstanceOf(Rejection.InvalidInput.class)
                .satisfies(e -> assertThat(((Rejection) e).issues()).extracting(Rejection.FieldIssue::field)
                        .containsExactly("status"));
    }

    @Test
    void a_verdict_cancelled_at_registration_moves_the_model_back_out_of_the_recognised_ones() {
        ModelSnapshot inProgress = reporting.registered(ModelFixtures.aCollectiveModel().inUnit("04096").inYear(2024)
                .withStatus(ModelStatus.IN_PROGRESS).atVersion(3).build());
        ModelSnapshot recognised = reporting.statusChanged(inProgress, ModelFixtures.from(inProgress)
                .withStatus(ModelStatus.RECOGNIZED).atVersion(4).build());
        assertThat(statistics.statistics(unit("124"), "2024", null).byStatus()).containsEntry("RECOGNIZED", 1L);

        reporting.statusChanged(recognised, ModelFixtures.from(recognised).withStatus(ModelStatus.IN_PROGRESS)
                .atVersion(5).build());

        ModelStatistics figures = statistics.statistics(unit("124"), "2024", null);
        assertThat(figures.total()).isEqualTo(1);
        assertThat(figures.byStatus()).containsEntry("IN_PROGRESS", 1L).containsEntry("RECOGNIZED", 0L);
        assertThat(statistics.statistics(unit("124"), "2024", List.of("RECOGNIZED")).total()).isZero();
    }
}
