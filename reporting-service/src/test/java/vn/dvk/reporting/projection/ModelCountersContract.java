package vn.dvk.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.reporting.projection.domain.CounterCount;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.ModelCounters;
import vn.dvk.reporting.projection.domain.PositionedDelta;
import vn.dvk.reporting.projection.domain.RecordPosition;

/** What every {@link ModelCounters} guarantees, checked on the store's adapter and on the in-memory fake alike. */
abstract class ModelCountersContract {

    private static final int YEAR = 2032;

    protected abstract ModelCounters counters();

    private static CounterKey key(String unitCode, String unitPath, ModelStatus status) {
        return new CounterKey(unitCode, unitPath, YEAR, ManagementLevel.GRASSROOTS, Field.ECONOMY,
                OwnerType.INDIVIDUAL, ModelKind.MODEL, status);
    }

    private static CounterKey inAnotherYear(CounterKey key) {
        return new CounterKey(key.unitCode(), key.unitPath(), YEAR + 1, key.level(), key.field(), key.ownerType(),
                key.kind(), key.status());
    }

    private static PositionedDelta at(CounterKey key, long offset, int delta) {
        return new PositionedDelta(key, new RecordPosition("dvk_registration-0", offset), delta);
    }

    @Test
    void deltas_add_up_per_key_and_a_subtree_reads_every_non_zero_counter_below_its_unit() {
        CounterKey registered = key("04096", "14/124/04096", ModelStatus.REGISTERED);
        CounterKey approved = key("04096", "14/124/04096", ModelStatus.APPROVED);
        CounterKey elsewhere = key("04105", "14/125/04105", ModelStatus.REGISTERED);

        counters().applyOnce(List.of(at(registered, 1, 1)));
        counters().applyOnce(List.of(at(registered, 2, 1)));
        counters().applyOnce(List.of(at(registered, 3, -1), at(approved, 3, 1)));
        counters().applyOnce(List.of(at(elsewhere, 4, 1), at(elsewhere, 5, -1)));

        assertThat(counters().countsUnder("14/124", YEAR)).containsExactlyInAnyOrder(
                new CounterCount(registered, 1), new CounterCount(approved, 1));
        assertThat(counters().countsUnder("14/124/04096", YEAR)).hasSize(2);
        assertThat(counters().countsUnder("14/12", YEAR)).isEmpty();
        assertThat(counters().countsUnder("14/125", YEAR)).isEmpty();
        assertThat(counters().countsUnder("", YEAR)).hasSize(2);
        assertThat(counters().countsUnder("14/124", YEAR + 2)).isEmpty();
    }

    @Test
    void deltas_delivered_again_in_other_batches_count_once() {
        CounterKey registered = inAnotherYear(key("04097", "14/124/04097", ModelStatus.REGISTERED));
        CounterKey approved = inAnotherYear(key("04097", "14/124/04097", ModelStatus.APPROVED));
        List<PositionedDelta> history = List.of(at(registered, 10, 1), at(registered, 11, 1),
                at(registered, 12, -1), at(approved, 12, 1), at(registered, 13, 1));

        counters().applyOnce(history.subList(0, 4));
        counters().applyOnce(history.subList(1, 3));
        counters().applyOnce(history);
        counters().applyOnce(history.subList(2, 5));

        assertThat(counters().countsUnder("14/124/04097", YEAR + 1)).containsExactlyInAnyOrder(
                new CounterCount(registered, 2), new CounterCount(approved, 1));
    }

    @Test
    void writers_of_three_partitions_moving_the_same_counters_at_once_lose_no_delta() throws Exception {
        CounterKey registered = inAnotherYear(key("04098", "14/124/04098", ModelStatus.REGISTERED));
        CounterKey approved = inAnotherYear(key("04098", "14/124/04098", ModelStatus.APPROVED));
        List<Thread> writers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int partition = 0; partition < 3; partition++) {
            String source = "dvk_registration-" + partition;
            writers.add(new Thread(() -> {
                try {
                    for (long offset = 0; offset < 20; offset++) {
                        counters().applyOnce(List.of(
                                new PositionedDelta(registered, new RecordPosition(source, offset), 1),
                                new PositionedDelta(approved, new RecordPosition(source, offset), 1)));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }

        assertThat(failures).isEmpty();
        assertThat(counters().countsUnder("14/124/04098", YEAR + 1)).containsExactlyInAnyOrder(
                new CounterCount(registered, 60), new CounterCount(approved, 60));
    }
}
