package vn.dvk.notification.notice.domain;

import java.time.Instant;
import vn.dvk.platform.idempotency.TimeOrderedUuids;

/**
 * The id of one message: the same event, recipient and channel always give the same id, so a redelivered or
 * replayed event finds its messages already stored and sends nothing twice. The id begins with the time of the event
 * (ADR 0010): messages are stored in the order their events happened, which keeps the store's index writes on its
 * last pages. An event without a time, or with one no id can carry (before 1970), takes the nearest time an id can
 * carry: the same on every delivery, so it too is told once, and no such event can hold up the batch it came in.
 */
public final class MessageKey {

    private MessageKey() {
    }

    public static String of(Instant occurredAt, String eventId, String recipient, String channel) {
        return TimeOrderedUuids.named(carried(occurredAt), eventId + "|" + recipient + "|" + channel);
    }

    private static Instant carried(Instant occurredAt) {
        if (occurredAt == null || occurredAt.isBefore(TimeOrderedUuids.EARLIEST)) {
            return TimeOrderedUuids.EARLIEST;
        }
        return occurredAt.isAfter(TimeOrderedUuids.LATEST) ? TimeOrderedUuids.LATEST : occurredAt;
    }
}
