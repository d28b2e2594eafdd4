package vn.dvk.reporting.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.generation.application.GenerationFollower;
import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.generation.domain.GenerationPositions;
import vn.dvk.reporting.generation.domain.SourcePartition;
import vn.dvk.reporting.generation.domain.StoredGeneration;

/**
 * Two replicas of one instance following a rebuild's switch (ADR 0023), on fakes: a partition is a list of offsets,
 * a generation counts the records it applied per partition and, as the counters do with their recorded offsets
 * (ADR 0019), takes a record at most once. Replica A rebuilds while replica B keeps consuming its partition.
 */
class GenerationFollowerTest {

    private static final SourcePartition OF_A = new SourcePartition("dvk.registration", 0);
    private static final SourcePartition OF_B = new SourcePartition("dvk.registration", 1);
    private static final Generation OLD = Generation.FIRST;
    private static final Generation NEW = OLD.next();

    private final Stored stored = new Stored();
    private final InMemoryPositions positions = new InMemoryPositions();
    private final Applied applied = new Applied();
    private final GenerationFollower replicaA = new GenerationFollower(stored, positions);
    private final GenerationFollower replicaB = new GenerationFollower(stored, positions);
    private final Object consumerOfA = new Object();
    private final Object consumerOfB = new Object();

    @Test
    void a_consumer_assigned_a_partition_starts_where_the_active_generation_holds_it() {
        positions.advance(OLD, Map.of(OF_B, 40L));

        Map<SourcePartition, Long> start = replicaB.assigned(consumerOfB, List.of(OF_A, OF_B));

        assertThat(start).containsExactly(Map.entry(OF_B, 40L));
    }

    @Test
    void a_batch_in_the_same_generation_applies_to_it_and_moves_its_positions_on() {
        replicaB.assigned(consumerOfB, List.of(OF_B));

        GenerationFollower.Step step = replicaB.next(consumerOfB, List.of(OF_B));
        replicaB.applied(OLD, Map.of(OF_B, 10L));

        assertThat(step).isEqualTo(new GenerationFollower.Apply(OLD));
        assertThat(positions.of(OLD, List.of(OF_B))).containsEntry(OF_B, 10L);
    }

    @Test
    void a_batch_that_meets_a_switch_is_not_applied_and_the_consumer_reads_again_from_the_new_generation() {
        replicaB.assigned(consumerOfB, List.of(OF_B));
        positions.advance(NEW, Map.of(OF_B, 25L));
        stored.active = NEW;

        GenerationFollower.Step step = replicaB.next(consumerOfB, List.of(OF_B));
        GenerationFollower.Step after = replicaB.next(consumerOfB, List.of(OF_B));

        assertThat(step).isEqualTo(new GenerationFollower.Rewind(NEW, Map.of(OF_B, 25L)));
        assertThat(after).isEqualTo(new GenerationFollower.Apply(NEW));
    }

    @Test
    void a_partition_the_new_generation_does_not_hold_is_read_again_from_its_beginning() {
        replicaB.assigned(consumerOfB, List.of(OF_B));
        stored.active = NEW;

        assertThat(replicaB.next(consumerOfB, List.of(OF_B)))
                .isEqualTo(new GenerationFollower.Rewind(NEW, Map.of(OF_B, 0L)));
    }

    @Test
    void a_rebuild_on_one_replica_while_the_other_consumes_ends_with_both_on_the_new_generation_every_record_once() {
        Partition logOfA = new Partition(OF_A);
        Partition logOfB = new Partition(OF_B);
        Consumer a = new Consumer(replicaA, consumerOfA, logOfA);
        Consumer b = new Consumer(replicaB, consumerOfB, logOfB);
        logOfA.append(30);
        logOfB.append(30);
        a.poll(30);
        b.poll(30);

        // Replica A folds both partitions into the new generation up to where they end now.
        logOfA.append(10);
        logOfB.append(10);
        Map<SourcePartition, Long> foldEnd = Map.of(OF_A, logOfA.end(), OF_B, logOfB.end());
        foldEnd.forEach((partition, end) -> LongStream.range(0, end).forEach(offset ->
                applied.take(NEW, partition, offset)));
        // Replica B goes on in the old generation past the fold's end, and its batch spans the switch.
        logOfB.append(15);
        b.poll(20);
        positions.advance(NEW, foldEnd);
        stored.active = NEW;
        logOfB.append(5);
        logOfA.append(5);
        b.poll(50);
        a.poll(50);
        b.poll(50);
        a.poll(50);

        assertThat(a.applyingTo).isEqualTo(NEW);
        assertThat(b.applyingTo).isEqualTo(NEW);
        assertThat(applied.count(NEW, OF_A)).isEqualTo(logOfA.end()).isEqualTo(45);
        assertThat(applied.count(NEW, OF_B)).isEqualTo(logOfB.end()).isEqualTo(60);
        assertThat(applied.takenTwice).isZero();
        assertThat(positions.of(NEW, List.of(OF_A, OF_B))).containsEntry(OF_A, 45L).containsEntry(OF_B, 60L);
    }

    /** The offsets of one partition. */
    private static final class Partition {

        private final SourcePartition partition;
        private long end;

        Partition(SourcePartition partition) {
            this.partition = partition;
        }

        void append(long records) {
            end += records;
        }

        long end() {
            return end;
        }
    }

    /** A live batch consumer of one partition, as the binding runs it: assignment, then polls of bounded size. */
    private final class Consumer {

        private final GenerationFollower follower;
        private final Object identity;
        private final Partition log;
        private long position;
        private Generation applyingTo;

        Consumer(GenerationFollower follower, Object identity, Partition log) {
            this.follower = follower;
            this.identity = identity;
            this.log = log;
            follower.assigned(identity, List.of(log.partition)).forEach((partition, next) -> position = next);
        }

        void poll(int maxRecords) {
            long until = Math.min(log.end(), position + maxRecords);
            if (until == position) {
                return;
            }
            GenerationFollower.Step step = follower.next(identity, List.of(log.partition));
            if (step instanceof GenerationFollower.Rewind rewind) {
                position = rewind.positions().get(log.partition);
                return;
            }
            applyingTo = ((GenerationFollower.Apply) step).generation();
            for (long offset = position; offset < until; offset++) {
                applied.take(applyingTo, log.partition, offset);
            }
            position = until;
            follower.applied(applyingTo, Map.of(log.partition, until));
        }
    }

    /** What each generation took, per partition; a record below what it holds is a duplicate that changes nothing. */
    private static final class Applied {

        private final Map<Generation, Map<SourcePartition, List<Long>>> taken = new HashMap<>();
        private int takenTwice;

        void take(Generation generation, SourcePartition partition, long offset) {
            List<Long> offsets = taken.computeIfAbsent(generation, any -> new HashMap<>())
                    .computeIfAbsent(partition, any -> new ArrayList<>());
            if (offsets.contains(offset)) {
                takenTwice++;
            }
            if (offsets.isEmpty() || offset > offsets.get(offsets.size() - 1)) {
                offsets.add(offset);
            }
        }

        long count(Generation generation, SourcePartition partition) {
            return taken.getOrDefault(generation, Map.of()).getOrDefault(partition, List.of()).size();
        }
    }

    private static final class Stored implements StoredGeneration {

        private volatile Generation active = OLD;

        @Override
        public Generation read() {
            return active;
        }
    }

    private static final class InMemoryPositions implements GenerationPositions {

        private final Map<Generation, Map<SourcePartition, Long>> held = new HashMap<>();

        @Override
        public Map<SourcePartition, Long> of(Generation generation, Collection<SourcePartition> partitions) {
            Map<SourcePartition, Long> of = new HashMap<>(held.getOrDefault(generation, Map.of()));
            of.keySet().retainAll(partitions);
            return of;
        }

        @Override
        public void advance(Generation generation, Map<SourcePartition, Long> next) {
            next.forEach((partition, offset) -> held.computeIfAbsent(generation, any -> new HashMap<>())
                    .merge(partition, offset, Math::max));
        }
    }
}
