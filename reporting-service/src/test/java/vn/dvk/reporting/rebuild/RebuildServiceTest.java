package vn.dvk.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.projection.application.ProjectionGate;
import vn.dvk.reporting.rebuild.application.RebuildService;
import vn.dvk.reporting.rebuild.domain.EventHistory;
import vn.dvk.reporting.rebuild.domain.RebuildAlreadyRunning;
import vn.dvk.reporting.rebuild.domain.RebuildProgress;

/** A rebuild on a history of outcomes and a recorded reset, without Spring or a broker. */
class RebuildServiceTest {

    private final List<String> steps = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    /** A history whose events apply or fail as listed; the replay waits for {@link #release} before it feeds. */
    private EventHistory history(Boolean... outcomes) {
        return () -> new EventHistory.Replay() {
            @Override
            public long size() {
                return outcomes.length;
            }

            @Override
            public void feed(EventHistory.ReplayListener listener) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                steps.add("feed");
                for (boolean applied : outcomes) {
                    listener.replayed(applied);
                }
            }

            @Override
            public void close() {
                steps.add("close");
            }
        };
    }

    private RebuildService rebuild(EventHistory history) {
        return new RebuildService(history, () -> steps.add("reset"), new ProjectionGate(), Clock.systemUTC());
    }

    @Test
    void the_read_models_are_reset_then_every_event_replayed_and_the_progress_counts_failures() {
        RebuildService rebuild = rebuild(history(true, true, false, true));

        assertThat(rebuild.start().state()).isEqualTo(RebuildProgress.State.RUNNING);
        release.countDown();

        await().atMost(Duration.ofSeconds(30)).until(() -> rebuild.progress().state() == RebuildProgress.State.DONE);
        RebuildProgress progress = rebuild.progress();
        assertThat(progress.done()).isEqualTo(4).isEqualTo(progress.total());
        assertThat(progress.failed()).isEqualTo(1);
        assertThat(steps).containsExactly("reset", "feed", "close");
    }

    @Test
    void a_second_rebuild_is_refused_while_one_runs_and_accepted_once_it_is_done() {
        RebuildService rebuild = rebuild(history(true));
        rebuild.start();

        assertThatThrownBy(rebuild::start).isInstanceOf(RebuildAlreadyRunning.class);
        release.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> rebuild.progress().state() == RebuildProgress.State.DONE);
        assertThat(rebuild.start().state()).isEqualTo(RebuildProgress.State.RUNNING);
    }
}
