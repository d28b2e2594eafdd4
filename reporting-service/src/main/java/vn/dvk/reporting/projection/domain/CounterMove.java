package vn.dvk.reporting.projection.domain;

import java.util.ArrayList;
import java.util.List;

/** How the counters change when a model goes from the key it is counted under to its current key. */
public final class CounterMove {

    private CounterMove() {
    }

    /**
     * The deltas that take the counters from {@code counted} (null: the model is not counted yet) to
     * {@code current}; none when the key did not change.
     */
    public static List<CounterDelta> between(CounterKey counted, CounterKey current) {
        if (current == null || current.equals(counted)) {
            return List.of();
        }
        List<CounterDelta> deltas = new ArrayList<>(2);
        if (counted != null) {
            deltas.add(new CounterDelta(counted, -1));
        }
        deltas.add(new CounterDelta(current, +1));
        return List.copyOf(deltas);
    }

    /**
     * The deltas that take a model out of the counters, from {@code counted} (null: it was never counted here), when
     * it moved to a unit outside the instance's scope.
     */
    public static List<CounterDelta> away(CounterKey counted) {
        return counted == null ? List.of() : List.of(new CounterDelta(counted, -1));
    }
}
