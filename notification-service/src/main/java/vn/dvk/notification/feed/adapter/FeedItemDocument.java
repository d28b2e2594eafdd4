package vn.dvk.notification.feed.adapter;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.notification.feed.domain.FeedItem;
import vn.dvk.notification.notice.domain.NoticeKind;

/**
 * A notice in an official's feed. It belongs to the official, not to a unit: every query names his login, and no one
 * else reads it. The index serves his pages, newest first, and his unread count.
 */
@Document("feed_items")
@CompoundIndex(name = "login_createdAt", def = "{'login': 1, 'createdAt': -1}")
@CompoundIndex(name = "login_read", def = "{'login': 1, 'read': 1}")
record FeedItemDocument(@Id String id, String login, NoticeKind kind, String title, String body, String link,
                        String unitPath, String eventId, boolean read, Instant createdAt, Instant readAt) {

    static FeedItemDocument of(FeedItem item) {
        return new FeedItemDocument(item.id(), item.login(), item.kind(), item.title(), item.body(), item.link(),
                item.unitPath(), item.eventId(), item.read(), item.createdAt(), item.readAt());
    }

    FeedItem toItem() {
        return new FeedItem(id, login, kind, title, body, link, unitPath, eventId, read, createdAt, readAt);
    }
}
