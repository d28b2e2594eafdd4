package vn.dvk.notification.feed.domain;

import java.time.Instant;
import java.util.List;

/** The officials' in-app feeds. */
public interface Feed {

    /** Adds the items whose ids are not there yet and returns those; the others were added before. */
    List<FeedItem> addNew(List<FeedItem> items);

    /** A page of the official's items, newest first; only the unread ones when {@code unreadOnly}. */
    FeedPage page(String login, boolean unreadOnly, int page, int size);

    /** Marks one of the official's items read; false when he has none with that id. */
    boolean markRead(String login, String id, Instant at);

    /** Marks every unread item of the official read; returns how many. */
    long markAllRead(String login, Instant at);
}
