package vn.dvk.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.ModelFigures;
import vn.dvk.reporting.projection.domain.ModelViews;
import vn.dvk.reporting.projection.domain.PendingMove;

/**
 * What every {@link ModelViews} guarantees (ADR 0002), checked on the store's adapter and on the in-memory fake
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
    void only_a_newer_version_wins_the_claim() {
        ModelSnapshot registered = pearFarm();
        ModelSnapshot approved = next(registered, ModelStatus.APPROVED);

        assertThat(views().claim(registered, 1)).isTrue();
        assertThat(views().claim(registered, 1)).isFalse();
        assertThat(views().claim(approved, 2)).isTrue();
        assertThat(views().claim(registered, 1)).isFalse();
    }

    @Test
    void a_claim_leaves_a_move_from_the_counted_key_to_the_claimed_one_until_it_is_marked() {
        ModelSnapshot registered = pearFarm();
        ModelSnapshot approved = next(registered, ModelStatus.APPROVED);

        views().claim(registered, 1);
        PendingMove first = views().pending(registered.id()).orElseThrow();
        assertThat(first).isEqualTo(new PendingMove(registered.id(), 1, null, CounterKey.of(registered)));
        assertThat(views().allPending()).contains(first);
        views().markCounted(first);
        assertThat(views().pending(registered.id())).isEmpty();

        views().claim(approved, 2);
        assertThat(views().pending(registered.id())).contains(new PendingMove(registered.id(), 2,
                CounterKey.of(registered), CounterKey.of(approved)));
    }

    @Test
    void a_move_marked_after_a_newer_claim_stays_pending_towards_the_newer_key() {
        ModelSnapshot registered = pearFarm();
        ModelSnapshot approved = next(registered, ModelStatus.APPROVED);
        views().claim(registered, 1);
        PendingMove first = views().pending(registered.id()).orElseThrow();

        views().claim(approved, 2);
        views().markCounted(first);

        assertThat(views().pending(registered.id())).contains(new PendingMove(registered.id(), 2,
                CounterKey.of(registered), CounterKey.of(approved)));
    }

    @Test
    void the_view_of_a_model_that_moved_out_is_removed_unless_a_newer_snapshot_was_claimed_meanwhile() {
        ModelSnapshot registered = pearFarm();
        ModelSnapshot moved = ModelFixtures.from(registered).inUnit("04063").atVersion(2).build();
        ModelSnapshot movedBack = ModelFixtures.from(registered).atVersion(3).build();
        views().claim(registered, 1);
        views().markCounted(views().pending(registered.id()).orElseThrow());
        views().claim(moved, 2);
        PendingMove away = views().pending(registered.id()).orElseThrow();

        views().claim(movedBack, 3);
        views().removeMoved(away);
        assertThat(views().modelsUnder("14/124/04096", YEAR))
                .filteredOn(figures -> figures.model().id().equals(registered.id())).hasSize(1);

        PendingMove back = views().pending(registered.id()).orElseThrow();
        views().removeMoved(back);
        assertThat(views().modelsUnder("14/124/04096", YEAR))
                .filteredOn(figures -> figures.model().id().equals(registered.id())).isEmpty();
        assertThat(views().pending(registered.id())).isEmpty();
    }

    @Test
    void figures_recorded_before_the_snapshot_are_kept_and_the_model_is_listed_in_its_unit_s_subtree() {
        ModelSnapshot model = pearFarm();
        views().recordFigures(model.id(), Map.of("INCOME_VND_PER_YEAR",
                new ModelFigures.Figure(1_000_000_000, "đồng/năm")), null);
        assertThat(views().pending(model.id())).isEmpty();

        views().claim(model, 1);
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
        views().claim(model, 1);
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
