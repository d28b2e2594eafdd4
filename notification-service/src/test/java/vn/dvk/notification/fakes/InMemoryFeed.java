package vn.dvk.notification.fakes;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.notification.feed.domain.Feed;
import vn.dvk.notification.feed.domain.FeedItem;
import vn.dvk.notification.feed.domain.FeedPage;

/** The feeds in memory. */
public final class InMemoryFeed implements Feed {

    private final Map<String, FeedItem> items = new LinkedHashMap<>();

    public List<FeedItem> of(String login) {
        return items.values().stream().filter(item -> item.login().equals(login)).toList();
    }

    @Override
    public List<FeedItem> addNew(List<FeedItem> added) {
        return added.stream().filter(item -> items.putIfAbsent(item.id(), item) == null).toList();
    }

    @Override
    public FeedPage page(String login, boolean unreadOnly, int page, int size) {
        List<FeedItem> selected = of(login).stream().filter(item -> !unreadOnly || !item.read())
                .sorted(Comparator.comparing(FeedItem::createdAt).thenComparing(FeedItem::id).reversed()).toList();
        long unread = of(login).stream().filter(item -> !item.read()).count();
        return new FeedPage(selected.stream().skip((long) page * size).limit(size).toList(), unread, page, size,
                selected.size());
    }

    @Override
    public boolean markRead(String login, String id, Instant at) {
        FeedItem item = items.get(id);
        if (item == null || !item.login().equals(login)) {
            return false;
        }
        if (!item.read()) {
            items.put(id, read(item, at));
        }
        return true;
    }

    @Override
    public long markAllRead(String login, Instant at) {
        List<FeedItem> unread = of(login).stream().filter(item -> !item.read()).toList();
        unread.forEach(item -> items.put(item.id(), read(item, at)));
        return unread.size();
    }

    private static FeedItem read(FeedItem item, Instant at) {
        return new FeedItem(item.id(), item.login(), item.kind(), item.title(), item.body(), item.link(),
                item.unitPath(), item.eventId(), true, item.createdAt(), at);
    }
}
