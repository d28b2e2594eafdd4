package vn.dvk.reporting.rebuild.domain;

/** One partition of a topic the read models are built from (a local topic or a mirrored copy, ADR 0022). */
public record HistoryPartition(String topic, int partition) {

    @Override
    public String toString() {
        return topic + "-" + partition;
    }
}
