package vn.dvk.notification.feed.domain;

import java.time.Instant;
import vn.dvk.notification.notice.domain.NoticeKind;

/** One notice in an official's in-app feed; {@code read} once he has opened or dismissed it. */
public record FeedItem(String id, String login, NoticeKind kind, String title, String body, String link,
                       String unitPath, String eventId, boolean read, Instant createdAt, Instant readAt) {
}
