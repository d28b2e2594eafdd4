package vn.dvk.reporting.projection.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One write to one counter: the sum of the deltas it does not hold yet and, per source, the position up to which it
 * holds every delta after the write (ADR 0019). A counter records, per source, the highest offset whose delta it
 * holds; a delta at or below it is already in the count, whatever batch brought it.
 */
public record CounterUpdate(CounterKey key, long delta, Map<String, Long> heldUpTo) {

    /**
     * The update that adds to the counter of {@code key} the deltas of {@code deltas} (all of that key) it does not
     * hold yet, given the offsets it holds per source ({@code held}); empty when it holds them all.
     */
    public static Optional<CounterUpdate> unapplied(CounterKey key, List<PositionedDelta> deltas,
                                                    Map<String, Long> held) {
        long sum = 0;
        Map<String, Long> upTo = new HashMap<>();
        for (PositionedDelta delta : deltas) {
            RecordPosition position = delta.position();
            if (position.offset() > held.getOrDefault(position.source(), -1L)) {
                sum += delta.delta();
                upTo.merge(position.source(), position.offset(), Math::max);
            }
        }
        return upTo.isEmpty() ? Optional.empty() : Optional.of(new CounterUpdate(key, sum, Map.copyOf(upTo)));
    }
}
