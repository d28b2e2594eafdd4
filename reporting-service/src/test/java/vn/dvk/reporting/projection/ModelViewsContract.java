package vn.dvk.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.ModelFigures;
import vn.dvk.reporting.projection.domain.ModelViews;
import vn.dvk.reporting.projection.domain.ModelState;
import vn.dvk.reporting.projection.domain.ModelView;

/**
 * What every {@link ModelViews} guarantees (ADR 0019), checked on the store's adapter and on the in-memory fake
 * alike, so that application tests on the fake prove what the service does.
 */
abstract class ModelViewsContract {

    private static final int YEAR = 2031;

    protected abstract ModelViews views();

    private static ModelSnapshot pearFarm() {
        return ModelFixtures.aCollectiveModel().inUnit("04096").inYear(YEAR).registered();
    }

    private static ModelSnapshot next(ModelSnapshot model, ModelStatus status) {
        return ModelFixtures.from(model).withStatus(status).atVersion(model.version() + 1).build();
    }

    @Test
    void a_written_view_gives_its_version_and_counted_key_back_and_an_unseen_model_has_no_state() {
        ModelSnapshot registered = pearFarm();
        ModelSnapshot approved = next(registered, ModelStatus.APPROVED);

        views().write(List.of(new ModelView(registered.id(), 1, registered, CounterKey.of(registered))), Set.of());
        views().write(List.of(new ModelView(approved.id(), 2, approved, CounterKey.of(approved))),
                Set.of(approved.id()));

        assertThat(views().states(List.of(registered.id(), "unseen-" + registered.id()))).containsOnly(
                Map.entry(registered.id(), new ModelState(registered.id(), 2, CounterKey.of(approved))));
        assertThat(views().modelsUnder("14/124/04096", YEAR)).extracting(ModelFigures::model).contains(approved);
    }

    @Test
    void a_first_view_whose_model_another_writer_gave_a_view_meanwhile_is_written_over_it_keeping_the_figures() {
        ModelSnapshot registered = pearFarm();
        ModelSnapshot approved = next(registered, ModelStatus.APPROVED);
        ModelSnapshot neighbour = ModelFixtures.aCollectiveModel().inUnit("04063").inYear(YEAR).registered();
        views().write(List.of(new ModelView(registered.id(), 1, registered, CounterKey.of(registered))), Set.of());
        views().recordFigures(registered.id(), Map.of("SEEDLINGS_SUPPLIED", new ModelFigures.Figure(20_000, "cây")),
                null);

        views().write(List.of(new ModelView(approved.id(), 2, approved, CounterKey.of(approved)),
                new ModelView(neighbour.id(), 1, neighbour, CounterKey.of(neighbour))), Set.of());

        assertThat(views().states(List.of(registered.id(), neighbour.id()))).containsOnly(
                Map.entry(registered.id(), new ModelState(registered.id(), 2, CounterKey.of(approved))),
                Map.entry(neighbour.id(), new ModelState(neighbour.id(), 1, CounterKey.of(neighbour))));
        assertThat(views().modelsUnder("14/124", YEAR)).filteredOn(figures -> figures.model().id()
                .equals(registered.id())).singleElement().satisfies(figures -> {
                    assertThat(figures.model()).isEqualTo(approved);
                    assertThat(figures.indicators()).containsOnlyKeys("SEEDLINGS_SUPPLIED");
                });
    }

    @Test
    void a_tombstone_keeps_the_version_of_a_model_that_moved_out_and_lists_it_nowhere() {
        ModelSnapshot registered = pearFarm();
        views().write(List.of(new ModelView(registered.id(), 1, registered, CounterKey.of(registered))), Set.of());

        views().write(List.of(ModelView.tombstone(registered.id(), 2)), Set.of(registered.id()));

        assertThat(views().states(List.of(registered.id())))
                .containsOnly(Map.entry(registered.id(), new ModelState(registered.id(), 2, null)));
        assertThat(views().modelsUnder("", YEAR)).extracting(figures -> figures.model().id())
                .doesNotContain(registered.id());
    }

    @Test
    void figures_recorded_before_the_snapshot_are_kept_and_the_model_is_listed_in_its_unit_s_subtree() {
        ModelSnapshot model = pearFarm();
        views().recordFigures(model.id(), Map.of("INCOME_VND_PER_YEAR",
                new ModelFigures.Figure(1_000_000_000, "đồng/năm")), null);
        assertThat(views().states(List.of(model.id())).get(model.id()).version()).isZero();

        views().write(List.of(new ModelView(model.id(), 1, model, CounterKey.of(model))), Set.of(model.id()));
        views().recordFigures(model.id(), Map.of("SEEDLINGS_SUPPLIED", new ModelFigures.Figure(20_000, "cây")),
                new ModelFigures.Score("ev-1", 88.5, Instant.parse("2026-12-10T02:00:00Z")));

        assertThat(views().modelsUnder("14/124", YEAR)).filteredOn(figures -> figures.model().id().equals(model.id()))
                .singleElement().satisfies(figures -> {
                    assertThat(figures.model()).isEqualTo(model);
                    assertThat(figures.indicators()).containsOnly(
                            Map.entry("INCOME_VND_PER_YEAR", new ModelFigures.Figure(1_000_000_000, "đồng/năm")),
                            Map.entry("SEEDLINGS_SUPPLIED", new ModelFigures.Figure(20_000, "cây")));
                    assertThat(figures.totalScore()).isEqualTo(88.5);
                });
        assertThat(views().modelsUnder("", YEAR)).extracting(figures -> figures.model().id()).contains(model.id());
        assertThat(views().modelsUnder("14/125", YEAR)).extracting(figures -> figures.model().id())
                .doesNotContain(model.id());
        assertThat(views().modelsUnder("14/124", YEAR + 1)).extracting(figures -> figures.model().id())
                .doesNotContain(model.id());
    }

    @Test
    void the_latest_standing_evaluation_gives_the_score_and_a_withdrawn_one_leaves_the_figures() {
        ModelSnapshot model = pearFarm();
        views().write(List.of(new ModelView(model.id(), 1, model, CounterKey.of(model))), Set.of());
        ModelFigures.Score midYear = new ModelFigures.Score("ev-mid", 7.5, Instant.parse("2026-06-20T02:00:00Z"));
        ModelFigures.Score yearEnd = new ModelFigures.Score("ev-end", 9.0, Instant.parse("2026-12-10T02:00:00Z"));
        views().recordFigures(model.id(), Map.of(), midYear);
        views().recordFigures(model.id(), Map.of(), yearEnd);
        views().recordFigures(model.id(), Map.of(), yearEnd);
        assertThat(scoreOf(model)).isEqualTo(9.0);

        views().withdrawScore(model.id(), "ev-end");
        views().withdrawScore(model.id(), "ev-end");
        assertThat(scoreOf(model)).isEqualTo(7.5);

        views().withdrawScore(model.id(), "ev-mid");
        assertThat(scoreOf(model)).isNull();
        views().withdrawScore("never-seen-" + model.id(), "ev-end");
    }

    private Double scoreOf(ModelSnapshot model) {
        return views().modelsUnder("14/124", YEAR).stream().filter(figures -> figures.model().id().equals(model.id()))
                .findFirst().orElseThrow().totalScore();
    }
}
