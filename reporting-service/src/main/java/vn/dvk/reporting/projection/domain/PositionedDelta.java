package vn.dvk.reporting.projection.domain;

/** A counter delta of the event read at {@code position}. */
public record PositionedDelta(CounterKey key, RecordPosition position, int delta) {
}
