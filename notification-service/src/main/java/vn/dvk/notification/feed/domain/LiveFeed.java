package vn.dvk.notification.feed.domain;

/** Pushes a new feed item at once to the official's open pages. */
public interface LiveFeed {

    void push(FeedItem item);
}
