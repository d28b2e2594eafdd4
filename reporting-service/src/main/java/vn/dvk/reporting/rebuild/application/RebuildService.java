package vn.dvk.reporting.rebuild.application;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.projection.application.ProjectionGate;
import vn.dvk.reporting.rebuild.domain.EventHistory;
import vn.dvk.reporting.rebuild.domain.HistoryPartition;
import vn.dvk.reporting.rebuild.domain.ReadModelGenerations;
import vn.dvk.reporting.rebuild.domain.RebuildAlreadyRunning;
import vn.dvk.reporting.rebuild.domain.RebuildProgress;
import vn.dvk.reporting.rebuild.domain.RebuildState;
import vn.dvk.reporting.rebuild.domain.RebuildStates;
import vn.dvk.reporting.rebuild.domain.TruncatedHistory;

/**
 * Rebuilds the read models as a fold of the event history into the next generation (ADR 0023), on its own thread,
 * one rebuild at a time. Queries and live consumption keep the active generation meanwhile; at the end live
 * consumption waits at the gate only while the fold takes the events that came during the rebuild and the active
 * generation is switched, then the old generation is dropped. The state is saved after every batch, so that a
 * service started again resumes an unfinished rebuild from where it saved it.
 */
@Service
public class RebuildService {

    private static final Logger log = LoggerFactory.getLogger(RebuildService.class);

    private final EventHistory history;
    private final ReadModelGenerations generations;
    private final RebuildStates states;
    private final ProjectionGate gate;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<RebuildProgress> last = new AtomicReference<>(RebuildProgress.idle());
    private final AtomicReference<RebuildState> state = new AtomicReference<>();
    private volatile long total;

    public RebuildService(EventHistory history, ReadModelGenerations generations, RebuildStates states,
                          ProjectionGate gate, Clock clock) {
        this.history = history;
        this.generations = generations;
        this.states = states;
        this.gate = gate;
        this.clock = clock;
    }

    /**
     * Starts a rebuild into the generation after the active one; refused while one runs, here or on another replica
     * of the instance (the saved state says so), and refused when a
     * projected partition no longer starts at offset 0 unless {@code allowTruncatedHistory}.
     */
    public RebuildProgress start(boolean allowTruncatedHistory) {
        if (!running.compareAndSet(false, true)) {
            throw new RebuildAlreadyRunning();
        }
        try {
            Map<HistoryPartition, Long> truncated = history.earliestOffsets().entrySet().stream()
                    .filter(entry -> entry.getValue() > 0)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            if (!truncated.isEmpty() && !allowTruncatedHistory) {
                throw new TruncatedHistory(truncated);
            }
            if (!truncated.isEmpty()) {
                log.warn("rebuilding without the events the broker deleted from {}", truncated);
            }
            RebuildState started = RebuildState.started(generations.active(), clock.instant());
            if (!states.begin(started)) {
                throw new RebuildAlreadyRunning();
            }
            launch(started);
            return progress();
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    /** Resumes the rebuild a stopped service left unfinished, if any, from the positions it saved. */
    public void resumeUnfinished() {
        states.last().filter(RebuildState::unfinished).ifPresent(unfinished -> {
            if (running.compareAndSet(false, true)) {
                log.info("resuming the rebuild into generation {} after {} events", unfinished.building().number(),
                        unfinished.done());
                launch(unfinished);
            }
        });
    }

    public RebuildProgress progress() {
        RebuildState current = state.get();
        if (running.get() && current != null) {
            return RebuildProgress.running(current.done(), Math.max(total, current.done()), current.failed(),
                    current.startedAt(), clock.instant(), current.building().number());
        }
        return last.get();
    }

    private void launch(RebuildState from) {
        state.set(from);
        total = from.done();
        Thread thread = new Thread(() -> run(from), "reporting-rebuild");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(RebuildState from) {
        try {
            fold(from);
            RebuildProgress running = progress();
            RebuildState done = state.updateAndGet(current -> current.finished(clock.instant()));
            states.save(done);
            last.set(running.finished(done.updatedAt()));
            log.info("read models rebuilt into generation {} from {} events ({} poison)", done.building().number(),
                    done.done(), done.failed());
        } catch (RuntimeException e) {
            log.error("rebuild failed after {} events", state.get().done(), e);
            RebuildProgress running = progress();
            RebuildState failed = state.updateAndGet(current -> current.failedAt(clock.instant()));
            states.save(failed);
            last.set(running.failed(failed.updatedAt(), e.toString()));
        } finally {
            running.set(false);
        }
    }

    private void fold(RebuildState from) {
        Generation building = from.building();
        if (from.done() == 0 && !building.equals(generations.active())) {
            // Nothing folded was recorded: whatever a stopped attempt left in this generation goes.
            generations.prepare(building);
        }
        try (EventHistory.Fold fold = history.foldInto(building, from.positions())) {
            total = from.done() + fold.remaining();
            fold.foldToEnd(this::saved);
            gate.exclusive(() -> {
                fold.extendToNow();
                total = state.get().done() + fold.remaining();
                fold.foldToEnd(this::saved);
                generations.activate(building, fold.positions());
                return null;
            });
        }
        generations.drop(from.replacing());
    }

    private void saved(Map<HistoryPartition, Long> positions, int events, int poison) {
        states.save(state.updateAndGet(current -> current.advanced(positions, events, poison, clock.instant())));
    }
}
