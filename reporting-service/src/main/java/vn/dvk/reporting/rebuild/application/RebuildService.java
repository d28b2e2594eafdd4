package vn.dvk.reporting.rebuild.application;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dvk.reporting.projection.application.ProjectionGate;
import vn.dvk.reporting.rebuild.domain.EventHistory;
import vn.dvk.reporting.rebuild.domain.ReadModelReset;
import vn.dvk.reporting.rebuild.domain.RebuildAlreadyRunning;
import vn.dvk.reporting.rebuild.domain.RebuildProgress;

/**
 * Empties the read models and replays the event history from its beginning up to where it ended at the start,
 * through the same projections as live consumption, while live consumption waits at the gate (ADR 0002). One rebuild
 * at a time, on its own thread.
 */
@Service
public class RebuildService {

    private static final Logger log = LoggerFactory.getLogger(RebuildService.class);

    private final EventHistory history;
    private final ReadModelReset readModels;
    private final ProjectionGate gate;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<RebuildProgress> last = new AtomicReference<>(RebuildProgress.idle());
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile long total;
    private volatile Instant startedAt;

    public RebuildService(EventHistory history, ReadModelReset readModels, ProjectionGate gate, Clock clock) {
        this.history = history;
        this.readModels = readModels;
        this.gate = gate;
        this.clock = clock;
    }

    /** Starts a rebuild; refused while one runs. */
    public RebuildProgress start() {
        if (!running.compareAndSet(false, true)) {
            throw new RebuildAlreadyRunning();
        }
        done.set(0);
        failed.set(0);
        total = 0;
        startedAt = clock.instant();
        last.set(RebuildProgress.running(0, 0, 0, startedAt, startedAt));
        Thread thread = new Thread(this::run, "reporting-rebuild");
        thread.setDaemon(true);
        thread.start();
        return progress();
    }

    public RebuildProgress progress() {
        if (running.get()) {
            return current();
        }
        return last.get();
    }

    private void run() {
        try {
            gate.exclusive(() -> {
                replay();
                return null;
            });
            last.set(current().finished(clock.instant()));
            log.info("read models rebuilt from {} events ({} failed)", done.get(), failed.get());
        } catch (RuntimeException e) {
            log.error("rebuild failed after {} events", done.get(), e);
            last.set(current().failed(clock.instant(), e.toString()));
        } finally {
            running.set(false);
        }
    }

    private void replay() {
        try (EventHistory.Replay replay = history.upToNow()) {
            total = replay.size();
            readModels.resetAll();
            replay.feed(applied -> {
                if (!applied) {
                    failed.incrementAndGet();
                }
                done.incrementAndGet();
            });
        }
    }

    private RebuildProgress current() {
        return RebuildProgress.running(done.get(), total, failed.get(), startedAt, clock.instant());
    }
}
