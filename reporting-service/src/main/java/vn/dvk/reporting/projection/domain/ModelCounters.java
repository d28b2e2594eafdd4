package vn.dvk.reporting.projection.domain;

import java.util.List;

/**
 * The model counters of ADR 0002 and 0019: one count per {@link CounterKey}, moved only by deltas, each counter
 * recording per source the offset up to which it holds the deltas, read for a unit's subtree and a year.
 */
public interface ModelCounters {

    /**
     * Adds to each counter the deltas it does not hold yet ({@link CounterUpdate#unapplied}), creating it at zero
     * first; a delta already held, from an earlier delivery of the same events, changes nothing. A concurrent writer
     * of the same counter (a consumer that lost its partition) cannot make a delta count twice.
     */
    void applyOnce(List<PositionedDelta> deltas);

    /** The non-zero counters of a year for the unit at {@code unitPath} and its subtree (empty path: every unit). */
    List<CounterCount> countsUnder(String unitPath, int year);
}
