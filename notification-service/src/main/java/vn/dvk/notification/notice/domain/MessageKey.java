package vn.dvk.notification.notice.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of one message: the same event, recipient and channel always give the same id, so a redelivered or
 * replayed event finds its messages already stored and sends nothing twice.
 */
public final class MessageKey {

    private MessageKey() {
    }

    public static String of(String eventId, String recipient, String channel) {
        return UUID.nameUUIDFromBytes((eventId + "|" + recipient + "|" + channel).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
