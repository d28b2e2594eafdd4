package vn.dvk.notification.feed.adapter;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.notification.feed.domain.FeedItem;
import vn.dvk.notification.feed.domain.LiveFeed;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.web.EventStreams;

/**
 * The officials' live feeds on the platform's {@link EventStreams} (a few streams per official, closed when idle): a
 * new item of an official's feed is sent as a {@code notification} event to each of his open streams, and to no one
 * else's. A feed item belongs to its official, not to a unit, so a stream sees only its own official's items.
 */
@Component
class StreamedLiveFeed implements LiveFeed {

    private final EventStreams streams;
    private final JsonMapper json;

    StreamedLiveFeed(EventStreams streams, JsonMapper json) {
        this.streams = streams;
        this.json = json;
    }

    /** A stream for the caller, who sees the subtree at {@code visiblePath}; only his own items are sent on it. */
    SseEmitter open(Caller caller, String visiblePath) {
        return streams.open(caller, visiblePath, "hello", "{}");
    }

    @Override
    public void push(FeedItem item) {
        streams.sendTo(item.login(), "notification", json.writeValueAsString(FeedItemView.of(item)));
    }
}
