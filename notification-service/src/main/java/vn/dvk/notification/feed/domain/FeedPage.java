package vn.dvk.notification.feed.domain;

import java.util.List;

/** A page of an official's feed, newest first, with how many of all his notices are still unread. */
public record FeedPage(List<FeedItem> items, long unread, int page, int size, long total) {
}
