package vn.dvk.reporting.projection.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds a batch of model events into the views it leaves and the counter deltas it makes, in memory, from the views
 * as they stood before the batch (ADR 0019). An event at or below the version its model is at is a duplicate and
 * changes nothing; a newer one moves the model's counters from the key it is counted under to its snapshot's key, or
 * takes it out of the counters and leaves a tombstone when the snapshot moved it out of the scope. The deltas are a
 * function of the events and the views before them alone, so a replay of the same events from the same views makes
 * the same deltas at the same positions, whatever the batch boundaries.
 */
public final class ModelBatch {

    private ModelBatch() {
    }

    /**
     * What a batch leaves: the views to write, the deltas of each event, the units whose figures changed, and how
     * many of its events were duplicates.
     */
    public record Folded(List<ModelView> views, List<PositionedDelta> deltas, Set<ProjectionChanged> changes,
                         int duplicates) {
    }

    /**
     * @param changes the batch's model events in the order they were read
     * @param before  the stored state of the models the batch names; a model absent here was never seen
     */
    public static Folded fold(List<ModelChange> changes, Map<String, ModelState> before) {
        Map<String, ModelView> after = new LinkedHashMap<>();
        List<PositionedDelta> deltas = new ArrayList<>();
        Set<ProjectionChanged> changed = new LinkedHashSet<>();
        int duplicates = 0;
        for (ModelChange change : changes) {
            String id = change.model().id();
            ModelState current = after.containsKey(id) ? after.get(id).state()
                    : before.getOrDefault(id, ModelState.unseen(id));
            if (change.version() <= current.version()) {
                duplicates++;
                continue;
            }
            ModelView next = change.inScope()
                    ? new ModelView(id, change.version(), change.model(), CounterKey.of(change.model()))
                    : ModelView.tombstone(id, change.version());
            List<CounterDelta> moved = next.movedOut() ? CounterMove.away(current.counted())
                    : CounterMove.between(current.counted(), next.counted());
            moved.forEach(delta -> deltas.add(new PositionedDelta(delta.key(), change.position(), delta.delta())));
            after.put(id, next);
            if (!next.movedOut()) {
                changed.add(ProjectionChanged.factOf(change.model().unitPath(), change.eventType()));
            }
            if (current.counted() != null && (next.movedOut()
                    || !current.counted().unitPath().equals(next.counted().unitPath()))) {
                changed.add(ProjectionChanged.factOf(current.counted().unitPath(), change.eventType()));
            }
        }
        return new Folded(List.copyOf(after.values()), List.copyOf(deltas), Set.copyOf(changed), duplicates);
    }
}
