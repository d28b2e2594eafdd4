package vn.dvk.reporting.projection.domain;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * A model whose counters lag behind its snapshot: the key it is counted under ({@code counted}, null when not yet
 * counted) and the key of the snapshot claimed at {@code version} ({@code current}).
 */
public record PendingMove(String modelId, long version, CounterKey counted, CounterKey current) {

    /**
     * Whether the snapshot moved the model to a unit outside the subtree {@code coversPath} accepts: its counters are
     * taken away and its view removed rather than moved.
     */
    public boolean leaves(Predicate<String> coversPath) {
        return !coversPath.test(current.unitPath());
    }

    /** The path of the unit the model was counted under before a snapshot moved it, when it moved; else empty. */
    public Optional<String> unitLeft() {
        return counted == null || counted.unitPath().equals(current.unitPath())
                ? Optional.empty() : Optional.of(counted.unitPath());
    }
}
