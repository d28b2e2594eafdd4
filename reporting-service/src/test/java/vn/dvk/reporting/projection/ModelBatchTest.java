package vn.dvk.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.CounterUpdate;
import vn.dvk.reporting.projection.domain.ModelBatch;
import vn.dvk.reporting.projection.domain.ModelChange;
import vn.dvk.reporting.projection.domain.ModelState;
import vn.dvk.reporting.projection.domain.ModelView;
import vn.dvk.reporting.projection.domain.PositionedDelta;
import vn.dvk.reporting.projection.domain.RecordPosition;

/** The fold of a batch of model events and the delta rules of ADR 0019, without Spring or a store. */
class ModelBatchTest {

    private static final String PARTITION = "dvk_registration-1";

    private final ModelSnapshot registered = ModelFixtures.anIndividualModel().inUnit("04096").inYear(2022)
            .named("Mô hình trồng lê Tai nung").registered();
    private final ModelSnapshot approved = ModelFixtures.from(registered).withStatus(ModelStatus.APPROVED)
            .atVersion(2).build();
    private final ModelSnapshot inProgress = ModelFixtures.from(approved).withStatus(ModelStatus.IN_PROGRESS)
            .atVersion(3).build();

    private static ModelChange inScope(ModelSnapshot model, long offset) {
        return new ModelChange(model, model.version(), RegistrationEvents.MODEL_UPDATED.name(),
                new RecordPosition(PARTITION, offset), true);
    }

    private static ModelChange movedOut(ModelSnapshot model, long offset) {
        return new ModelChange(model, model.version(), RegistrationEvents.MODEL_UPDATED.name(),
                new RecordPosition(PARTITION, offset), false);
    }

    private static PositionedDelta delta(ModelSnapshot model, long offset, int delta) {
        return new PositionedDelta(CounterKey.of(model), new RecordPosition(PARTITION, offset), delta);
    }

    @Test
    void a_batch_of_several_versions_of_a_model_moves_its_counters_step_by_step_and_leaves_the_latest_view() {
        ModelBatch.Folded folded = ModelBatch.fold(List.of(inScope(registered, 1), inScope(approved, 2),
                inScope(inProgress, 3)), Map.of());

        assertThat(folded.views()).containsExactly(new ModelView(registered.id(), 3, inProgress,
                CounterKey.of(inProgress)));
        assertThat(folded.deltas()).containsExactly(delta(registered, 1, 1), delta(registered, 2, -1),
                delta(approved, 2, 1), delta(approved, 3, -1), delta(inProgress, 3, 1));
    }

    @Test
    void an_event_at_or_below_the_stored_version_is_a_duplicate_and_changes_nothing() {
        Map<String, ModelState> stored = Map.of(registered.id(),
                new ModelState(registered.id(), 2, CounterKey.of(approved)));

        ModelBatch.Folded folded = ModelBatch.fold(List.of(inScope(registered, 7), inScope(approved, 8)), stored);

        assertThat(folded.views()).isEmpty();
        assertThat(folded.deltas()).isEmpty();
        assertThat(folded.changes()).isEmpty();
    }

    @Test
    void a_later_version_read_before_an_earlier_one_leaves_the_earlier_one_without_effect() {
        ModelBatch.Folded folded = ModelBatch.fold(List.of(inScope(approved, 4), inScope(registered, 5)),
                Map.of());

        assertThat(folded.views()).extracting(ModelView::version).containsExactly(2L);
        assertThat(folded.deltas()).containsExactly(delta(approved, 4, 1));
    }

    @Test
    void a_model_moved_out_of_the_scope_leaves_its_counter_and_a_tombstone_that_an_old_duplicate_cannot_undo() {
        ModelSnapshot moved = ModelFixtures.from(approved).inUnit("04063").atVersion(3).build();
        Map<String, ModelState> stored = Map.of(registered.id(),
                new ModelState(registered.id(), 2, CounterKey.of(approved)));

        ModelBatch.Folded folded = ModelBatch.fold(List.of(movedOut(moved, 9), inScope(registered, 10),
                inScope(approved, 11)), stored);

        assertThat(folded.views()).containsExactly(ModelView.tombstone(registered.id(), 3));
        assertThat(folded.deltas()).containsExactly(delta(approved, 9, -1));
        ModelBatch.Folded later = ModelBatch.fold(List.of(inScope(registered, 12)),
                Map.of(registered.id(), new ModelState(registered.id(), 3, null)));
        assertThat(later.views()).isEmpty();
        assertThat(later.deltas()).isEmpty();
    }

    @Test
    void a_model_moved_back_into_the_scope_counts_again() {
        ModelSnapshot back = ModelFixtures.from(approved).atVersion(4).build();

        ModelBatch.Folded folded = ModelBatch.fold(List.of(inScope(back, 20)),
                Map.of(registered.id(), new ModelState(registered.id(), 3, null)));

        assertThat(folded.deltas()).containsExactly(delta(back, 20, 1));
    }

    @Test
    void a_counter_adds_only_the_deltas_after_the_offset_it_holds_for_their_partition() {
        List<PositionedDelta> deltas = List.of(delta(registered, 4, 1), delta(registered, 6, -1),
                delta(registered, 9, 1), new PositionedDelta(CounterKey.of(registered),
                        new RecordPosition("dvk_registration-2", 3), 1));

        CounterUpdate update = CounterUpdate.unapplied(CounterKey.of(registered), deltas,
                Map.of(PARTITION, 6L, "dvk_registration-2", 3L)).orElseThrow();

        assertThat(update.delta()).isEqualTo(1);
        assertThat(update.heldUpTo()).containsOnly(Map.entry(PARTITION, 9L));
        assertThat(CounterUpdate.unapplied(CounterKey.of(registered), deltas,
                Map.of(PARTITION, 9L, "dvk_registration-2", 3L))).isEmpty();
    }

    @Test
    void any_batch_boundaries_and_any_crash_between_the_counter_and_the_view_write_give_the_same_counts() {
        List<ModelChange> history = List.of(inScope(registered, 1), inScope(approved, 2), inScope(registered, 3),
                inScope(inProgress, 4));
        Map<CounterKey, Long> once = replay(history, List.of(4), List.of());

        assertThat(once).containsOnly(Map.entry(CounterKey.of(registered), 0L),
                Map.entry(CounterKey.of(approved), 0L), Map.entry(CounterKey.of(inProgress), 1L));
        assertThat(replay(history, List.of(1, 3), List.of())).isEqualTo(once);
        assertThat(replay(history, List.of(2, 2), List.of(0))).isEqualTo(once);
        assertThat(replay(history, List.of(3, 1), List.of(0, 1))).isEqualTo(once);
    }

    /**
     * Applies the history in batches of the given sizes to counters that hold offsets and to views; a batch whose
     * index is in {@code crashing} writes its counters, then fails before its views and is delivered again from its
     * first record with the next batch's records.
     */
    private static Map<CounterKey, Long> replay(List<ModelChange> history, List<Integer> sizes,
                                                List<Integer> crashing) {
        Map<String, ModelState> views = new HashMap<>();
        Map<CounterKey, Long> counts = new HashMap<>();
        Map<CounterKey, Map<String, Long>> held = new HashMap<>();
        int from = 0;
        int crashFrom = -1;
        for (int batch = 0; batch < sizes.size(); batch++) {
            int to = from + sizes.get(batch);
            List<ModelChange> records = new ArrayList<>(history.subList(crashFrom >= 0 ? crashFrom : from, to));
            ModelBatch.Folded folded = ModelBatch.fold(records, views);
            folded.deltas().stream().map(PositionedDelta::key).distinct().forEach(key ->
                    CounterUpdate.unapplied(key, folded.deltas().stream().filter(d -> d.key().equals(key))
                            .toList(), held.getOrDefault(key, Map.of())).ifPresent(update -> {
                                counts.merge(key, update.delta(), Long::sum);
                                held.computeIfAbsent(key, k -> new HashMap<>()).putAll(update.heldUpTo());
                            }));
            if (crashing.contains(batch)) {
                crashFrom = crashFrom >= 0 ? crashFrom : from;
            } else {
                folded.views().forEach(view -> views.put(view.modelId(),
                        new ModelState(view.modelId(), view.version(), view.counted())));
                crashFrom = -1;
            }
            from = to;
        }
        return counts;
    }
}
