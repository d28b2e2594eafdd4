package vn.dvk.reporting.dashboard.adapter;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.dvk.reporting.projection.domain.ProjectionChanged;

/**
 * Tells every open dashboard that the read models changed: projections raise {@link ProjectionChanged} per event,
 * and this sends at most one small "changed" message per debounce window to each Server-Sent-Events subscriber.
 */
@Component
public class LiveUpdates implements DisposableBean {

    static final long DEBOUNCE_MILLIS = 500;

    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dashboard-live-updates");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;

    public LiveUpdates(Clock clock) {
        this.clock = clock;
    }

    public SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(0L);
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(error -> emitters.remove(emitter));
        send(emitter, "hello");
        return emitter;
    }

    @EventListener
    public void onChanged(ProjectionChanged changed) {
        if (scheduled.compareAndSet(false, true)) {
            scheduler.schedule(this::broadcast, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void broadcast() {
        scheduled.set(false);
        emitters.forEach(emitter -> send(emitter, "changed"));
    }

    private void send(SseEmitter emitter, String name) {
        try {
            emitter.send(SseEmitter.event().name(name).data("{\"at\":\"" + clock.instant() + "\"}"));
        } catch (IOException | IllegalStateException e) {
            emitters.remove(emitter);
        }
    }

    /** Ends open streams before the web server's graceful shutdown would wait for them. */
    @EventListener(ContextClosedEvent.class)
    public void onClosing() {
        emitters.forEach(SseEmitter::complete);
        emitters.clear();
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
        emitters.forEach(SseEmitter::complete);
    }
}
