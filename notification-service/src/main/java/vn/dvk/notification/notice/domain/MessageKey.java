package vn.dvk.notification.notice.domain;

import java.time.Instant;
import vn.dvk.platform.idempotency.TimeOrderedUuids;

/**
 * The id of one message: the same event, recipient and channel always give the same id, so a redelivered or
 * replayed event finds its messages already stored and sends nothing twice. The id begins with the time of the event
 * (ADR 0010): messages are stored in the order their events happened, which keeps the store's index writes on its
 * last pages.
 */
public final class MessageKey {

    private MessageKey() {
    }

    public static String of(Instant occurredAt, String eventId, String recipient, String channel) {
        return TimeOrderedUuids.named(occurredAt, eventId + "|" + recipient + "|" + channel);
    }
}
