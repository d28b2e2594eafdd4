package vn.dvk.platform.inbox;

import java.time.Instant;

/** A consumed event: the CloudEvents attributes from its Kafka headers and its deserialised payload. */
public record InboundEvent<T>(String id, String type, String source, String subject, String unitPath,
                              long sequence, Instant time, T payload) {
}
