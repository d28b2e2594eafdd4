package vn.dvk.notification.feed.adapter;

import java.time.Instant;
import vn.dvk.notification.feed.domain.FeedItem;

/** A feed item as the API shows it: {@code type} is the kind of notice ({@code MODEL_STATUS_CHANGED}, …). */
public record FeedItemView(String id, String type, String title, String body, String link, boolean read,
                           Instant createdAt) {

    static FeedItemView of(FeedItem item) {
        return new FeedItemView(item.id(), item.kind().name(), item.title(), item.body(), item.link(), item.read(),
                item.createdAt());
    }
}
