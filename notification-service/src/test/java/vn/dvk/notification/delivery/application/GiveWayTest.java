package vn.dvk.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.dvk.notification.delivery.domain.ReportingProgress;
import vn.dvk.notification.delivery.domain.ReportingProgress.Position;
import vn.dvk.notification.support.SettableClock;

/**
 * Notices give way to reporting: a batch waits while reporting is more than 500 events behind and moving, at most a
 * minute, and never for a reporting that has applied nothing for 15 seconds. The clock moves only while the batch
 * waits; reporting's position is scripted by the seconds waited so far.
 */
class GiveWayTest {

    private static final Instant START = Instant.parse("2026-12-01T02:00:00Z");
    private static final GiveWay.Rule RULE = new GiveWay.Rule(500, Duration.ofSeconds(60), Duration.ofSeconds(15));

    private final SettableClock clock = new SettableClock(START);
    private Function<Long, Optional<Position>> reportingAtSecond = second -> Optional.empty();
    private final ReportingProgress reporting = () -> reportingAtSecond.apply(
            Duration.between(START, clock.instant()).toSeconds());
    private final GiveWay giveWay = new GiveWay(reporting, RULE, clock, clock::advance);

    private Duration waitedBy(Runnable batch) {
        Instant before = clock.instant();
        batch.run();
        return Duration.between(before, clock.instant());
    }

    private Duration aBatchWaits() {
        return waitedBy(() -> {
            try {
                giveWay.beforeBatch();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Reporting applying 1,000 events a second from {@code behind} events behind; ends at 0. */
    private static Function<Long, Optional<Position>> catchingUpFrom(long behind) {
        return second -> Optional.of(new Position(10_000 + 1_000 * second, Math.max(0, behind - 1_000 * second)));
    }

    @Test
    void given_reporting_within_500_events_then_the_batch_goes_at_once() {
        reportingAtSecond = second -> Optional.of(new Position(40_000, 500));

        assertThat(aBatchWaits()).isZero();
    }

    @Test
    void given_no_reporting_in_this_scope_or_a_broker_that_does_not_answer_then_the_batch_goes_at_once() {
        reportingAtSecond = second -> Optional.empty();

        assertThat(aBatchWaits()).isZero();
    }

    @Test
    void given_reporting_catching_up_from_5000_behind_then_the_batch_waits_until_it_is_within_500() {
        reportingAtSecond = catchingUpFrom(5_000);

        assertThat(aBatchWaits()).isEqualTo(Duration.ofSeconds(5));
        assertThat(aBatchWaits()).as("the next batch, reporting caught up").isZero();
    }

    @Test
    void given_reporting_behind_for_longer_than_a_minute_then_each_batch_waits_a_minute_at_most() {
        reportingAtSecond = catchingUpFrom(1_000_000);

        assertThat(aBatchWaits()).isEqualTo(Duration.ofSeconds(60));
        assertThat(aBatchWaits()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void given_reporting_stopped_while_behind_then_one_batch_waits_15_seconds_and_the_next_go_at_once() {
        reportingAtSecond = second -> Optional.of(new Position(40_000, 20_000));

        assertThat(aBatchWaits()).isEqualTo(Duration.ofSeconds(15));
        assertThat(aBatchWaits()).isZero();
        assertThat(aBatchWaits()).isZero();
    }

    @Test
    void given_a_stopped_reporting_that_starts_again_then_batches_wait_for_it_again() {
        reportingAtSecond = second -> Optional.of(new Position(40_000, 20_000));
        aBatchWaits();
        assertThat(aBatchWaits()).isZero();

        long restartedAt = Duration.between(START, clock.instant()).toSeconds();
        reportingAtSecond = second -> Optional.of(new Position(40_000 + 1_000 * (second - restartedAt + 1),
                Math.max(0, 20_000 - 1_000 * (second - restartedAt + 1))));

        assertThat(aBatchWaits()).isEqualTo(Duration.ofSeconds(19));
    }
}
