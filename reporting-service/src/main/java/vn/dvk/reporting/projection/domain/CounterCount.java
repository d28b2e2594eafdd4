package vn.dvk.reporting.projection.domain;

/** The number of models currently counted under a key. */
public record CounterCount(CounterKey key, long count) {
}
