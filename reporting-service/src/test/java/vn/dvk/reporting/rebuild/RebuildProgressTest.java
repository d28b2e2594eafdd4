package vn.dvk.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.rebuild.domain.RebuildProgress;

class RebuildProgressTest {

    private static final Instant STARTED = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void the_rate_and_the_time_left_follow_from_the_events_done() {
        RebuildProgress progress = RebuildProgress.running(2_000, 10_000, 0, STARTED, STARTED.plusSeconds(4), 1);

        assertThat(progress.state()).isEqualTo(RebuildProgress.State.RUNNING);
        assertThat(progress.eventsPerSecond()).isEqualTo(500.0);
        assertThat(progress.etaSeconds()).isEqualTo(16L);
    }

    @Test
    void nothing_done_yet_has_no_estimate() {
        assertThat(RebuildProgress.running(0, 10_000, 0, STARTED, STARTED.plusSeconds(1), 1).etaSeconds()).isNull();
    }
}
