package vn.dvk.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.reporting.projection.domain.CounterCount;
import vn.dvk.reporting.projection.domain.CounterDelta;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.ModelCounters;

/** What every {@link ModelCounters} guarantees, checked on the store's adapter and on the in-memory fake alike. */
abstract class ModelCountersContract {

    private static final int YEAR = 2032;

    protected abstract ModelCounters counters();

    private static CounterKey key(String unitCode, String unitPath, ModelStatus status) {
        return new CounterKey(unitCode, unitPath, YEAR, ManagementLevel.GRASSROOTS, Field.ECONOMY,
                OwnerType.INDIVIDUAL, ModelKind.MODEL, status);
    }

    @Test
    void deltas_add_up_per_key_and_a_subtree_reads_every_non_zero_counter_below_its_unit() {
        CounterKey registered = key("04096", "14/124/04096", ModelStatus.REGISTERED);
        CounterKey approved = key("04096", "14/124/04096", ModelStatus.APPROVED);
        CounterKey elsewhere = key("04105", "14/125/04105", ModelStatus.REGISTERED);

        counters().apply(List.of(new CounterDelta(registered, 1)));
        counters().apply(List.of(new CounterDelta(registered, 1)));
        counters().apply(List.of(new CounterDelta(registered, -1), new CounterDelta(approved, 1)));
        counters().apply(List.of(new CounterDelta(elsewhere, 1), new CounterDelta(elsewhere, -1)));

        assertThat(counters().countsUnder("14/124", YEAR)).containsExactlyInAnyOrder(
                new CounterCount(registered, 1), new CounterCount(approved, 1));
        assertThat(counters().countsUnder("14/124/04096", YEAR)).hasSize(2);
        assertThat(counters().countsUnder("14/12", YEAR)).isEmpty();
        assertThat(counters().countsUnder("14/125", YEAR)).isEmpty();
        assertThat(counters().countsUnder("", YEAR)).hasSize(2);
        assertThat(counters().countsUnder("14/124", YEAR + 1)).isEmpty();
    }
}
