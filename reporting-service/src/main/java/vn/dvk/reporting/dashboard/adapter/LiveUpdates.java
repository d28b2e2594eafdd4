package vn.dvk.reporting.dashboard.adapter;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.web.EventStreams;
import vn.dvk.reporting.projection.domain.ProjectionChanged;

/**
 * Tells open dashboards that the read models changed: projections raise {@link ProjectionChanged} per event, and
 * this sends at most one small "changed" message per debounce window to each stream whose official may see one of
 * the window's changes. The platform's {@link EventStreams} holds the streams (a few per official, closed when idle).
 */
@Component
public class LiveUpdates implements DisposableBean {

    static final long DEBOUNCE_MILLIS = 500;

    private final EventStreams streams;
    private final Set<ProjectionChanged> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dashboard-live-updates");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;

    public LiveUpdates(EventStreams streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    /** A stream for the official, who sees the subtree at {@code visiblePath}. */
    public SseEmitter subscribe(Caller caller, String visiblePath) {
        return streams.open(caller, visiblePath, "hello", now());
    }

    @EventListener
    public void onChanged(ProjectionChanged changed) {
        pending.add(changed);
        if (scheduled.compareAndSet(false, true)) {
            scheduler.schedule(this::broadcast, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void broadcast() {
        scheduled.set(false);
        List<ProjectionChanged> changes = List.copyOf(pending);
        pending.removeAll(changes);
        String data = now();
        streams.broadcast("changed", visiblePath -> changes.stream().anyMatch(change -> change.visibleFrom(visiblePath))
                ? Optional.of(data) : Optional.empty());
    }

    private String now() {
        return "{\"at\":\"" + clock.instant() + "\"}";
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
