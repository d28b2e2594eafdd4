package vn.dvk.reporting.rebuild.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a rebuild stands: events folded of those present when it started (and of those that came meanwhile), the
 * rate and the time left, and the generation of the read models it builds (ADR 0023).
 */
public record RebuildProgress(State state, long done, long total, long failed, double eventsPerSecond,
                              Long etaSeconds, Instant startedAt, Instant finishedAt, String error, Long generation) {

    /** The states a rebuild goes through. */
    public enum State { IDLE, RUNNING, DONE, FAILED }

    public static RebuildProgress idle() {
        return new RebuildProgress(State.IDLE, 0, 0, 0, 0, null, null, null, null, null);
    }

    /** The progress at {@code now} of a rebuild into {@code generation} that started at {@code startedAt}. */
    public static RebuildProgress running(long done, long total, long failed, Instant startedAt, Instant now,
                                          long generation) {
        double seconds = Math.max(Duration.between(startedAt, now).toMillis(), 1) / 1000.0;
        double rate = done / seconds;
        Long eta = rate > 0 ? Math.round((total - done) / rate) : null;
        return new RebuildProgress(State.RUNNING, done, total, failed, round(rate), eta, startedAt, null, null,
                generation);
    }

    public RebuildProgress finished(Instant now) {
        double seconds = Math.max(Duration.between(startedAt, now).toMillis(), 1) / 1000.0;
        return new RebuildProgress(State.DONE, done, total, failed, round(done / seconds), 0L, startedAt, now, null,
                generation);
    }

    public RebuildProgress failed(Instant now, String message) {
        return new RebuildProgress(State.FAILED, done, total, failed, eventsPerSecond, null, startedAt, now,
                message, generation);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
