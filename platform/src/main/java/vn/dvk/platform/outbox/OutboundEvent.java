package vn.dvk.platform.outbox;

import java.util.Objects;
import vn.dvk.contracts.events.EventType;

/**
 * An event an aggregate emits, to be stored with it in one write and published by the relay. {@code subject} is the
 * aggregate id (the Kafka key); {@code unitPath} becomes {@code ce_unitpath}.
 */
public record OutboundEvent<T>(EventType<T> type, String subject, String unitPath, T payload) {

    public OutboundEvent {
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
