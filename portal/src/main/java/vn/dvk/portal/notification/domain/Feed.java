package vn.dvk.portal.notification.domain;

import java.util.List;

/** One page of the official's feed, newest first, and how many of all his notices are unread. */
public record Feed(List<Notice> items, long unread, int page, int size, long total) {

    public Feed {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
