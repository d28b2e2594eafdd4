package vn.dvk.notification.notice.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What one event tells officials, in Vietnamese: a title (a mail's subject), a body of a few lines and the path of
 * the item in the portal ({@code /models/<id>}). {@code unitPath} is the event's unit, which decides who may hear of
 * it; {@code eventId} its {@code ce_id}, which with the recipient and the channel makes each message once only.
 */
public record Notice(String eventId, String eventType, NoticeKind kind, String unitPath, String title, String body,
                     String linkPath, Instant occurredAt) {

    public Notice {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitPath, "unitPath");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(linkPath, "linkPath");
    }
}
