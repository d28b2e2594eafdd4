package vn.dvk.contracts.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The CloudEvents 1.0 attributes of one dvk event, with dvk's extensions: {@code unitPath}, the path of the unit the
 * event is about from its province (e.g. {@code 14/124/04063}), and {@code sequence}, the aggregate version the event
 * produced, and {@code previousUnitPath}, the path the aggregate was at before the change when the change moved it to
 * another unit (null otherwise), so that the instances of the unit it left learn it left.
 * {@link CloudEventCodec} turns them into Kafka headers and back.
 */
public record CloudEvent(String id, String source, String type, String subject, Instant time, String dataSchema,
                         String unitPath, long sequence, String previousUnitPath) {

    /** The attributes of an event that moved nothing to another unit. */
    public CloudEvent(String id, String source, String type, String subject, Instant time, String dataSchema,
                      String unitPath, long sequence) {
        this(id, source, type, subject, time, dataSchema, unitPath, sequence, null);
    }

    /** A new event of a known type, with a fresh id, stamped now. */
    public static CloudEvent of(EventType<?> type, String source, String subject, String unitPath, long sequence) {
        return new CloudEvent(UUID.randomUUID().toString(), source, type.name(), subject, Instant.now(),
                type.dataSchemaUri(), unitPath, sequence);
    }

    /** The same event, announced also to the instances of the unit at {@code path} that the aggregate left. */
    public CloudEvent movedFrom(String path) {
        return new CloudEvent(id, source, type, subject, time, dataSchema, unitPath, sequence, path);
    }

    /** Whether the attributes every consumer relies on are present. */
    public boolean isComplete() {
        return id != null && type != null && unitPath != null;
    }

    public CloudEvent withId(String newId) {
        return new CloudEvent(Objects.requireNonNull(newId), source, type, subject, time, dataSchema, unitPath,
                sequence, previousUnitPath);
    }
}
