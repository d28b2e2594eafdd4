package vn.dvk.reporting.projection.domain;

/** Add {@code delta} to the counter of {@code key}. */
public record CounterDelta(CounterKey key, int delta) {
}
