package vn.dvk.reporting.generation.domain;

/** A partition of a topic the read models are built from, as a generation records how far it holds it. */
public record SourcePartition(String topic, int partition) {
}
