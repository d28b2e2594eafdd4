package vn.dvk.platform.outbox;

import java.util.Objects;
import java.util.UUID;
import vn.dvk.contracts.events.EventType;

/**
 * An event an aggregate emits, to be stored with it in one write and published by the relay. {@code subject} is the
 * aggregate id (the Kafka key); {@code unitPath} becomes {@code ce_unitpath}; {@code id} becomes {@code ce_id}, so an
 * aggregate that records its own history can name the event of each change; {@code previousUnitPath}, set when the
 * change moved the aggregate to another unit, becomes {@code ce_previousunitpath}.
 */
public record OutboundEvent<T>(EventType<T> type, String subject, String unitPath, T payload, String id,
                               String previousUnitPath) {

    /** An event with a fresh id. */
    public OutboundEvent(EventType<T> type, String subject, String unitPath, T payload) {
        this(type, subject, unitPath, payload, UUID.randomUUID().toString());
    }

    /** An event of a change that kept the aggregate in its unit. */
    public OutboundEvent(EventType<T> type, String subject, String unitPath, T payload, String id) {
        this(type, subject, unitPath, payload, id, null);
    }

    public OutboundEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(unitPath, "unitPath");
        Objects.requireNonNull(payload, "payload");
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type.name() + " carries " + type.payloadType().getSimpleName()
                    + ", not " + payload.getClass().getSimpleName());
        }
    }
}
