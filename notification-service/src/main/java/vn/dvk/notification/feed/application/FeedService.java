package vn.dvk.notification.feed.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dvk.notification.feed.domain.Feed;
import vn.dvk.notification.feed.domain.FeedItem;
import vn.dvk.notification.feed.domain.FeedPage;
import vn.dvk.notification.feed.domain.LiveFeed;
import vn.dvk.notification.notice.domain.MessageKey;
import vn.dvk.notification.notice.domain.Notice;
import vn.dvk.notification.notice.domain.Portal;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;

/** Each official's in-app feed: notices posted to it once each, read only by him, pushed live to his open pages. */
@Service
public class FeedService {

    static final String CHANNEL = "IN_APP";

    private final Feed feed;
    private final LiveFeed live;
    private final Portal portal;
    private final Clock clock;

    public FeedService(Feed feed, LiveFeed live, Portal portal, Clock clock) {
        this.feed = feed;
        this.live = live;
        this.portal = portal;
        this.clock = clock;
    }

    /** A notice for one official's feed. */
    public record Post(Notice notice, String login) {
    }

    /**
     * Posts each notice to its official's feed, once, all in one write: a repeated event finds its items there and
     * pushes nothing.
     */
    public void post(List<Post> posts) {
        Instant now = clock.instant();
        List<FeedItem> items = new ArrayList<>(posts.size());
        for (Post post : posts) {
            Notice notice = post.notice();
            String id = MessageKey.of(notice.occurredAt(), notice.eventId(), post.login(), CHANNEL);
            items.add(new FeedItem(id, post.login(), notice.kind(), notice.title(), notice.body(),
                    portal.link(notice.linkPath()), notice.unitPath(), notice.eventId(), false, now, null));
        }
        feed.addNew(items).forEach(live::push);
    }

    public FeedPage page(Caller caller, boolean unreadOnly, int page, int size) {
        return feed.page(caller.login(), unreadOnly, page, size);
    }

    /** Marks one of the caller's notices read; someone else's is not found. */
    public void markRead(Caller caller, String id) {
        if (!feed.markRead(caller.login(), id, clock.instant())) {
            throw Rejection.notFound("thông báo", id);
        }
    }

    public long markAllRead(Caller caller) {
        return feed.markAllRead(caller.login(), clock.instant());
    }
}
