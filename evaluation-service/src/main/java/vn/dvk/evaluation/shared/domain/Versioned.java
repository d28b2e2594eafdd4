package vn.dvk.evaluation.shared.domain;

/** A stored value with the version it has reached; the API shows the version of per-campaign settings. */
public record Versioned<T>(T value, long version) {
}
