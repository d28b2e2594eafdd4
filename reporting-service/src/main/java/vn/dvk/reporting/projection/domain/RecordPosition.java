package vn.dvk.reporting.projection.domain;

/**
 * Where an event was read: its {@code source} (a topic partition, named without dots so that it can name a field of
 * a counter) and its offset there. Events of one model share a key, hence a partition: their positions are ordered.
 */
public record RecordPosition(String source, long offset) {

    public static RecordPosition of(String topic, int partition, long offset) {
        return new RecordPosition(topic.replace('.', '_') + "-" + partition, offset);
    }
}
