package vn.dvk.reporting.projection.domain;

import java.util.List;

/**
 * The model counters of ADR 0002: one count per {@link CounterKey}, moved only by deltas, read for a unit's subtree
 * and a year.
 */
public interface ModelCounters {

    /** Adds each delta to its counter, creating the counter at zero first when it does not exist yet. */
    void apply(List<CounterDelta> deltas);

    /** The non-zero counters of a year for the unit at {@code unitPath} and its subtree (empty path: every unit). */
    List<CounterCount> countsUnder(String unitPath, int year);
}
