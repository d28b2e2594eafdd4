package vn.dvk.platform.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.dvk.platform.domain.Caller;

/**
 * The Server-Sent-Event streams a service holds open for officials (the dashboard's live updates, notifications).
 * One official may hold at most {@code maxPerCaller} at once: the next is refused with {@link TooManyStreams} (429),
 * so that one caller, or one runaway page, cannot take every connection of the server. A stream on which nothing was
 * sent for {@code idleTimeout} is closed, which also frees the streams of clients that went away without a word; a
 * client still there reconnects. Each stream knows the subtree its official may see, so a message about units reaches
 * only the streams that may see them.
 */
public final class EventStreams {

    private final int maxPerCaller;
    private final Duration idleTimeout;
    private final Clock clock;
    private final List<Stream> open = new CopyOnWriteArrayList<>();

    public EventStreams(int maxPerCaller, Duration idleTimeout, Clock clock) {
        this.maxPerCaller = maxPerCaller;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    /** One open stream: whose it is, the subtree he may see, and when something was last sent on it. */
    private static final class Stream {

        private final String login;
        private final String visiblePath;
        private final SseEmitter emitter;
        private volatile Instant lastSent;

        private Stream(String login, String visiblePath, SseEmitter emitter, Instant openedAt) {
            this.login = login;
            this.visiblePath = visiblePath;
            this.emitter = emitter;
            this.lastSent = openedAt;
        }
    }

    /**
     * Opens a stream for the caller, who may see the subtree at {@code visiblePath}, and sends it {@code greeting}
     * at once so that the client knows it is connected; {@link TooManyStreams} when he holds the most he may.
     */
    public SseEmitter open(Caller caller, String visiblePath, String greeting, String data) {
        Stream stream = new Stream(caller.login(), visiblePath, new SseEmitter(0L), clock.instant());
        synchronized (open) {
            if (open.stream().filter(other -> other.login.equals(caller.login())).count() >= maxPerCaller) {
                throw new TooManyStreams(maxPerCaller);
            }
            open.add(stream);
        }
        stream.emitter.onCompletion(() -> open.remove(stream));
        stream.emitter.onTimeout(() -> open.remove(stream));
        stream.emitter.onError(error -> open.remove(stream));
        send(stream, greeting, data);
        return stream.emitter;
    }

    /**
     * Sends an event named {@code name} to every open stream for which {@code dataFor}, given the subtree the stream
     * may see, has something to say; streams it answers empty for hear nothing.
     */
    public void broadcast(String name, Function<String, Optional<String>> dataFor) {
        for (Stream stream : open) {
            dataFor.apply(stream.visiblePath).ifPresent(data -> send(stream, name, data));
        }
    }

    /** Sends an event named {@code name} to every open stream of the official {@code login}, and to no one else's. */
    public void sendTo(String login, String name, String data) {
        for (Stream stream : open) {
            if (stream.login.equals(login)) {
                send(stream, name, data);
            }
        }
    }

    /** Closes the streams on which nothing was sent for the idle timeout. */
    public void closeIdle() {
        Instant limit = clock.instant().minus(idleTimeout);
        for (Stream stream : open) {
            if (stream.lastSent.isBefore(limit)) {
                open.remove(stream);
                stream.emitter.complete();
            }
        }
    }

    /** Ends every stream, so that a graceful shutdown does not wait for clients that would never leave. */
    public void closeAll() {
        for (Stream stream : open) {
            open.remove(stream);
            stream.emitter.complete();
        }
    }

    /** How many streams are open. */
    public int openCount() {
        return open.size();
    }

    private void send(Stream stream, String name, String data) {
        try {
            stream.emitter.send(SseEmitter.event().name(name).data(data));
            stream.lastSent = clock.instant();
        } catch (IOException | IllegalStateException gone) {
            // The client went away; the container reports it to Spring MVC, which completes the emitter.
            open.remove(stream);
        }
    }
}
