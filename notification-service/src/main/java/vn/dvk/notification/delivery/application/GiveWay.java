package vn.dvk.notification.delivery.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvk.notification.delivery.domain.ReportingProgress;
import vn.dvk.notification.delivery.domain.ReportingProgress.Position;

/**
 * Notices give way to reporting (ADR 0010). notification-service reads the same events as reporting-service and
 * writes to the same store on the same machines; during a burst (an import, a year's registrations) telling every
 * event at once would slow the figures leaders are waiting for. So before a batch is told, while reporting of this
 * scope is more than {@code behind} events behind, the batch waits for it, checking every {@link #CHECK_EVERY}:
 * the notices come a little later, none is lost (the batch is held, not committed).
 * <p>
 * Two bounds keep notices from waiting on reporting for good: a batch waits at most {@code longestWait}, and a
 * reporting that has not applied anything for {@code stalledAfter} (stopped, failing) is not waited for until it
 * moves again.
 */
public class GiveWay {

    static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(GiveWay.class);

    private final ReportingProgress reporting;
    private final Rule rule;
    private final Clock clock;
    private final Pause pause;
    private long lastApplied = -1;
    private Instant movedAt = Instant.MIN;

    /**
     * @param behind      how many events reporting may be behind before notices wait for it
     * @param longestWait the longest one batch waits
     * @param stalledAfter how long reporting may apply nothing before it counts as stopped
     */
    public record Rule(long behind, Duration longestWait, Duration stalledAfter) {
    }

    /** How the consumer's thread waits: {@code Thread.sleep}, or a test's clock moving. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    public GiveWay(ReportingProgress reporting, Rule rule, Clock clock, Pause pause) {
        this.reporting = reporting;
        this.rule = rule;
        this.clock = clock;
        this.pause = pause;
    }

    /** Returns when the batch about to be told may go: reporting is near enough, stopped, or waited for long enough. */
    public void beforeBatch() throws InterruptedException {
        Instant start = clock.instant();
        Optional<Position> position = reporting.now();
        long firstBehind = position.map(Position::behind).orElse(0L);
        boolean waited = false;
        while (position.isPresent() && mustWait(position.get(), start)) {
            pause.sleep(CHECK_EVERY);
            waited = true;
            position = reporting.now();
        }
        if (waited) {
            log.info("a batch of notices gave way to reporting for {} s ({} events behind, then {})",
                    Duration.between(start, clock.instant()).toSeconds(), firstBehind,
                    position.map(Position::behind).map(String::valueOf).orElse("unknown"));
        }
    }

    private synchronized boolean mustWait(Position position, Instant start) {
        Instant now = clock.instant();
        if (position.applied() != lastApplied) {
            lastApplied = position.applied();
            movedAt = now;
        }
        return position.behind() > rule.behind()
                && Duration.between(movedAt, now).compareTo(rule.stalledAfter()) < 0
                && Duration.between(start, now).compareTo(rule.longestWait()) < 0;
    }
}
