package vn.dvk.reporting.rebuild.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import vn.dvk.reporting.generation.domain.Generation;

/**
 * What a rebuild has done so far, saved after every batch it folded (ADR 0023): the generation it builds and the one
 * it replaces, per partition the next offset to fold, how many events it folded and how many were poison. A service
 * that starts and finds a rebuild {@link Status#RUNNING} resumes it from these positions into the same generation.
 */
public record RebuildState(Status status, Generation building, Generation replacing,
                           Map<HistoryPartition, Long> positions, long done, long failed, Instant startedAt,
                           Instant updatedAt) {

    /** The states of a saved rebuild. */
    public enum Status { RUNNING, DONE, FAILED }

    public RebuildState {
        positions = Map.copyOf(positions);
    }

    /** A rebuild that replaces {@code active} by the generation after it, started at {@code now}. */
    public static RebuildState started(Generation active, Instant now) {
        return new RebuildState(Status.RUNNING, active.next(), active, Map.of(), 0, 0, now, now);
    }

    /** After a batch folded up to {@code folded} (next offset per partition it read), with its counts. */
    public RebuildState advanced(Map<HistoryPartition, Long> folded, long events, long poison, Instant now) {
        Map<HistoryPartition, Long> next = new HashMap<>(positions);
        next.putAll(folded);
        return new RebuildState(status, building, replacing, next, done + events, failed + poison, startedAt, now);
    }

    public RebuildState finished(Instant now) {
        return new RebuildState(Status.DONE, building, replacing, positions, done, failed, startedAt, now);
    }

    public RebuildState failedAt(Instant now) {
        return new RebuildState(Status.FAILED, building, replacing, positions, done, failed, startedAt, now);
    }

    public boolean unfinished() {
        return status == Status.RUNNING;
    }
}
