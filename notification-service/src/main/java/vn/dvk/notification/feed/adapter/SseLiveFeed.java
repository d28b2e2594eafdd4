package vn.dvk.notification.feed.adapter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.dvk.notification.NotificationProperties;
import vn.dvk.notification.feed.domain.FeedItem;
import vn.dvk.notification.feed.domain.LiveFeed;

/**
 * The officials' open live streams (Server-Sent Events): a new item of an official's feed is sent as a
 * {@code notification} event to each of his streams on this instance, and to no one else's. An official keeps at
 * most {@code streamsPerOfficial} streams (a new one ends his oldest, so forgotten tabs cannot hold connections
 * without bound), and a stream ends after {@code idle}; the browser's EventSource reconnects by itself.
 */
@Component
class SseLiveFeed implements LiveFeed {

    private final Map<String, List<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final int streamsPerOfficial;
    private final long idleMillis;

    SseLiveFeed(NotificationProperties properties) {
        this.streamsPerOfficial = properties.feed().streamsPerOfficial();
        this.idleMillis = properties.feed().idle().toMillis();
    }

    SseEmitter open(String login) {
        SseEmitter emitter = new SseEmitter(idleMillis);
        List<SseEmitter> own = streams.computeIfAbsent(login, key -> new CopyOnWriteArrayList<>());
        while (own.size() >= streamsPerOfficial) {
            SseEmitter oldest = own.remove(0);
            oldest.complete();
        }
        own.add(emitter);
        emitter.onCompletion(() -> own.remove(emitter));
        emitter.onTimeout(() -> own.remove(emitter));
        emitter.onError(error -> own.remove(emitter));
        send(own, emitter, SseEmitter.event().name("hello").data("{}", MediaType.APPLICATION_JSON));
        return emitter;
    }

    @Override
    public void push(FeedItem item) {
        List<SseEmitter> own = streams.getOrDefault(item.login(), List.of());
        for (SseEmitter emitter : own) {
            send(own, emitter, SseEmitter.event().name("notification").id(item.id())
                    .data(FeedItemView.of(item), MediaType.APPLICATION_JSON));
        }
    }

    private static void send(List<SseEmitter> own, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            own.remove(emitter);
        }
    }

    /** Ends open streams before the web server's graceful shutdown would wait for them. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        streams.values().forEach(own -> own.forEach(SseEmitter::complete));
        streams.clear();
    }
}
