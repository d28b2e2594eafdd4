package vn.dvk.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.projection.application.ProjectionGate;
import vn.dvk.reporting.rebuild.application.RebuildService;
import vn.dvk.reporting.rebuild.domain.EventHistory;
import vn.dvk.reporting.rebuild.domain.HistoryPartition;
import vn.dvk.reporting.rebuild.domain.ReadModelGenerations;
import vn.dvk.reporting.rebuild.domain.RebuildAlreadyRunning;
import vn.dvk.reporting.rebuild.domain.RebuildProgress;
import vn.dvk.reporting.rebuild.domain.RebuildState;
import vn.dvk.reporting.rebuild.domain.RebuildStates;
import vn.dvk.reporting.rebuild.domain.TruncatedHistory;

/**
 * The rebuild as a fold into the next generation (ADR 0023), on fakes of its ports without Spring or a broker: the
 * history is a number of events per partition, the fold records which offsets it folded into which generation.
 */
class RebuildServiceTest {

    private static final HistoryPartition REGISTRATION_0 = new HistoryPartition("dvk.registration", 0);
    private static final HistoryPartition REGISTRATION_1 = new HistoryPartition("dvk.registration", 1);
    private static final HistoryPartition EVALUATION_0 = new HistoryPartition("dvk.evaluation", 0);

    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final FakeHistory history = new FakeHistory();
    private final FakeGenerations generations = new FakeGenerations();
    private final FakeStates states = new FakeStates();
    private final RebuildService rebuild = new RebuildService(history, generations, states, new ProjectionGate(),
            Clock.systemUTC());

    @Test
    void the_history_is_folded_into_the_next_generation_which_becomes_active_and_the_old_one_is_dropped() {
        history.append(REGISTRATION_0, 5).append(REGISTRATION_1, 3).append(EVALUATION_0, 2).poison(REGISTRATION_1, 1);

        assertThat(rebuild.start(false).state()).isEqualTo(RebuildProgress.State.RUNNING);
        history.release();

        RebuildProgress progress = finished();
        assertThat(progress.done()).isEqualTo(10).isEqualTo(progress.total());
        assertThat(progress.failed()).isEqualTo(1);
        assertThat(progress.generation()).isEqualTo(1);
        assertThat(history.folded.get(new Generation(1))).containsEntry(REGISTRATION_0, 5L)
                .containsEntry(REGISTRATION_1, 3L).containsEntry(EVALUATION_0, 2L);
        assertThat(generations.active).isEqualTo(new Generation(1));
        assertThat(steps).containsExactly("prepare 1", "fold 1 to the end", "extend", "fold 1 to the end",
                "activate 1", "close", "drop 0");
        assertThat(states.saved.status()).isEqualTo(RebuildState.Status.DONE);
        assertThat(states.saved.positions()).containsEntry(REGISTRATION_0, 5L);
        assertThat(generations.heldAtActivation).containsEntry(REGISTRATION_0, 5L).containsEntry(REGISTRATION_1, 3L)
                .containsEntry(EVALUATION_0, 2L);
    }

    @Test
    void queries_keep_the_old_generation_during_the_fold_and_the_events_that_came_meanwhile_are_folded_at_the_switch() {
        history.append(REGISTRATION_0, 4);
        rebuild.start(false);
        history.awaitFolding();

        assertThat(generations.active).isEqualTo(Generation.FIRST);
        assertThat(rebuild.progress().generation()).isEqualTo(1);
        history.append(REGISTRATION_0, 3);
        history.release();

        assertThat(finished().done()).isEqualTo(7);
        assertThat(history.folded.get(new Generation(1))).containsEntry(REGISTRATION_0, 7L);
        assertThat(generations.active).isEqualTo(new Generation(1));
    }

    @Test
    void an_unfinished_rebuild_resumes_from_its_saved_positions_into_the_same_generation_without_emptying_it() {
        history.append(REGISTRATION_0, 6).append(REGISTRATION_1, 4);
        Instant started = Instant.parse("2026-12-01T10:00:00Z");
        states.saved = new RebuildState(RebuildState.Status.RUNNING, new Generation(1), Generation.FIRST,
                Map.of(REGISTRATION_0, 4L), 4, 0, started, started);
        history.release();

        rebuild.resumeUnfinished();

        RebuildProgress progress = finished();
        assertThat(history.openedAt).containsExactly(Map.entry(REGISTRATION_0, 4L));
        assertThat(progress.done()).isEqualTo(10);
        assertThat(steps).doesNotContain("prepare 1").contains("activate 1", "drop 0");
        assertThat(progress.startedAt()).isEqualTo(started);
    }

    @Test
    void a_rebuild_stopped_before_it_saved_a_batch_starts_its_generation_afresh() {
        history.append(REGISTRATION_0, 2);
        Instant started = Instant.parse("2026-12-01T10:00:00Z");
        states.saved = RebuildState.started(Generation.FIRST, started);
        history.release();

        rebuild.resumeUnfinished();

        assertThat(finished().done()).isEqualTo(2);
        assertThat(steps).startsWith("prepare 1");
    }

    @Test
    void a_finished_rebuild_is_not_resumed() {
        history.append(REGISTRATION_0, 2);
        states.saved = RebuildState.started(Generation.FIRST, Instant.now()).finished(Instant.now());

        rebuild.resumeUnfinished();

        assertThat(rebuild.progress().state()).isEqualTo(RebuildProgress.State.IDLE);
        assertThat(steps).isEmpty();
    }

    @Test
    void a_truncated_history_is_refused_with_its_partitions_unless_the_request_allows_it() {
        history.append(REGISTRATION_0, 5).append(REGISTRATION_1, 2).truncate(REGISTRATION_0, 3);

        assertThatThrownBy(() -> rebuild.start(false)).isInstanceOfSatisfying(TruncatedHistory.class,
                refusal -> assertThat(refusal.earliest()).containsExactly(Map.entry(REGISTRATION_0, 3L)));
        assertThat(steps).isEmpty();
        assertThat(states.saved).isNull();

        rebuild.start(true);
        history.release();
        assertThat(finished().done()).isEqualTo(4);
    }

    @Test
    void a_rebuild_is_refused_while_another_replica_of_the_instance_runs_one() {
        history.append(REGISTRATION_0, 1);
        Instant elsewhere = Instant.parse("2026-12-01T10:00:00Z");
        states.saved = RebuildState.started(Generation.FIRST, elsewhere);

        assertThatThrownBy(() -> rebuild.start(false)).isInstanceOf(RebuildAlreadyRunning.class);
        assertThat(rebuild.progress().state()).isEqualTo(RebuildProgress.State.IDLE);
        assertThat(states.saved.startedAt()).isEqualTo(elsewhere);
        assertThat(steps).isEmpty();
    }

    @Test
    void a_second_rebuild_is_refused_while_one_runs_and_accepted_once_it_is_done() {
        history.append(REGISTRATION_0, 1);
        rebuild.start(false);

        assertThatThrownBy(() -> rebuild.start(false)).isInstanceOf(RebuildAlreadyRunning.class);
        history.release();
        finished();
        assertThat(rebuild.start(false).generation()).isEqualTo(2);
    }

    private RebuildProgress finished() {
        await().atMost(Duration.ofSeconds(30)).until(() -> rebuild.progress().state() == RebuildProgress.State.DONE);
        return rebuild.progress();
    }

    /** Events per partition; the first fold waits for {@link #release} so that a test can look at it running. */
    private final class FakeHistory implements EventHistory {

        private final Map<HistoryPartition, Long> ends = new LinkedHashMap<>();
        private final Map<HistoryPartition, Long> earliest = new HashMap<>();
        private final Map<HistoryPartition, Set<Long>> poison = new HashMap<>();
        private final Map<Generation, Map<HistoryPartition, Long>> folded = new HashMap<>();
        private final CountDownLatch released = new CountDownLatch(1);
        private final CountDownLatch folding = new CountDownLatch(1);
        private volatile Map<HistoryPartition, Long> openedAt;

        synchronized FakeHistory append(HistoryPartition partition, long events) {
            ends.merge(partition, events, Long::sum);
            return this;
        }

        FakeHistory truncate(HistoryPartition partition, long from) {
            earliest.put(partition, from);
            return this;
        }

        FakeHistory poison(HistoryPartition partition, long offset) {
            poison.computeIfAbsent(partition, any -> new HashSet<>()).add(offset);
            return this;
        }

        void release() {
            released.countDown();
        }

        void awaitFolding() {
            try {
                assertThat(folding.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public Map<HistoryPartition, Long> earliestOffsets() {
            Map<HistoryPartition, Long> offsets = new HashMap<>();
            ends.keySet().forEach(partition -> offsets.put(partition, earliest.getOrDefault(partition, 0L)));
            return offsets;
        }

        @Override
        public Fold foldInto(Generation generation, Map<HistoryPartition, Long> positions) {
            openedAt = positions;
            Map<HistoryPartition, Long> next = folded.computeIfAbsent(generation, any -> new HashMap<>());
            earliestOffsets().forEach((partition, first) -> next.put(partition,
                    Math.max(first, positions.getOrDefault(partition, 0L))));
            return new Fold() {
                private Map<HistoryPartition, Long> end = snapshot();

                @Override
                public long remaining() {
                    return next.entrySet().stream().mapToLong(entry -> end.get(entry.getKey()) - entry.getValue())
                            .sum();
                }

                @Override
                public Map<HistoryPartition, Long> positions() {
                    return new HashMap<>(next);
                }

                @Override
                public void extendToNow() {
                    steps.add("extend");
                    end = snapshot();
                    end.keySet().forEach(partition -> next.putIfAbsent(partition, 0L));
                }

                @Override
                public void foldToEnd(BatchListener listener) {
                    folding.countDown();
                    try {
                        released.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    steps.add("fold " + generation.number() + " to the end");
                    end.forEach((partition, last) -> {
                        long from = next.get(partition);
                        int poisoned = (int) poison.getOrDefault(partition, Set.of()).stream()
                                .filter(offset -> offset >= from && offset < last).count();
                        next.put(partition, last);
                        if (last > from) {
                            listener.folded(Map.of(partition, last), (int) (last - from), poisoned);
                        }
                    });
                }

                @Override
                public void close() {
                    steps.add("close");
                }
            };
        }

        private synchronized Map<HistoryPartition, Long> snapshot() {
            return new HashMap<>(ends);
        }
    }

    private final class FakeGenerations implements ReadModelGenerations {

        private volatile Generation active = Generation.FIRST;
        private volatile Map<HistoryPartition, Long> heldAtActivation;

        @Override
        public Generation active() {
            return active;
        }

        @Override
        public void prepare(Generation generation) {
            steps.add("prepare " + generation.number());
        }

        @Override
        public void activate(Generation generation, Map<HistoryPartition, Long> positions) {
            steps.add("activate " + generation.number());
            heldAtActivation = positions;
            active = generation;
        }

        @Override
        public void drop(Generation generation) {
            steps.add("drop " + generation.number());
        }
    }

    private static final class FakeStates implements RebuildStates {

        private volatile RebuildState saved;

        @Override
        public Optional<RebuildState> last() {
            return Optional.ofNullable(saved);
        }

        @Override
        public void save(RebuildState state) {
            saved = state;
        }

        @Override
        public synchronized boolean begin(RebuildState started) {
            if (saved != null && saved.unfinished()) {
                return false;
            }
            saved = started;
            return true;
        }
    }
}
