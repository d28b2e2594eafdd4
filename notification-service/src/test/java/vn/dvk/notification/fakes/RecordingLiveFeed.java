package vn.dvk.notification.fakes;

import java.util.ArrayList;
import java.util.List;
import vn.dvk.notification.feed.domain.FeedItem;
import vn.dvk.notification.feed.domain.LiveFeed;

/** Remembers what was pushed live. */
public final class RecordingLiveFeed implements LiveFeed {

    public final List<FeedItem> pushed = new ArrayList<>();

    @Override
    public void push(FeedItem item) {
        pushed.add(item);
    }
}
