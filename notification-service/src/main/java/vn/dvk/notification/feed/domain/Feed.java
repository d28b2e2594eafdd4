package vn.dvk.notification.feed.domain;

import java.time.Instant;

/** The officials' in-app feeds. */
public interface Feed {

    /** Adds an item unless one with its id is there already; true when added. */
    boolean add(FeedItem item);

    /** A page of the official's items, newest first; only the unread ones when {@code unreadOnly}. */
    FeedPage page(String login, boolean unreadOnly, int page, int size);

    /** Marks one of the official's items read; false when he has none with that id. */
    boolean markRead(String login, String id, Instant at);

    /** Marks every unread item of the official read; returns how many. */
    long markAllRead(String login, Instant at);
}
