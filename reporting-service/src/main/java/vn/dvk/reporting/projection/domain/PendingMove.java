package vn.dvk.reporting.projection.domain;

/**
 * A model whose counters lag behind its snapshot: the key it is counted under ({@code counted}, null when not yet
 * counted) and the key of the snapshot claimed at {@code version} ({@code current}).
 */
public record PendingMove(String modelId, long version, CounterKey counted, CounterKey current) {
}
