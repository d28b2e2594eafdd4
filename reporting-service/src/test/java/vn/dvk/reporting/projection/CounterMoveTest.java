package vn.dvk.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.reporting.projection.domain.CounterDelta;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.CounterMove;

class CounterMoveTest {

    private static CounterKey pearFarm(ModelStatus status) {
        return new CounterKey("04096", "14/124/04096", 2022, ManagementLevel.GRASSROOTS, Field.ECONOMY,
                OwnerType.INDIVIDUAL, ModelKind.MODEL, status);
    }

    @Test
    void a_new_model_adds_one_to_its_key() {
        assertThat(CounterMove.between(null, pearFarm(ModelStatus.REGISTERED)))
                .containsExactly(new CounterDelta(pearFarm(ModelStatus.REGISTERED), 1));
    }

    @Test
    void a_status_change_moves_one_from_the_old_status_to_the_new() {
        assertThat(CounterMove.between(pearFarm(ModelStatus.REGISTERED), pearFarm(ModelStatus.APPROVED)))
                .containsExactly(new CounterDelta(pearFarm(ModelStatus.REGISTERED), -1),
                        new CounterDelta(pearFarm(ModelStatus.APPROVED), 1));
    }

    @Test
    void an_edit_that_keeps_every_counted_attribute_moves_nothing() {
        assertThat(CounterMove.between(pearFarm(ModelStatus.APPROVED), pearFarm(ModelStatus.APPROVED))).isEmpty();
    }

    @Test
    void a_model_that_moved_out_of_the_scope_takes_one_from_the_key_it_was_counted_under() {
        assertThat(CounterMove.away(pearFarm(ModelStatus.APPROVED)))
                .containsExactly(new CounterDelta(pearFarm(ModelStatus.APPROVED), -1));
        assertThat(CounterMove.away(null)).isEmpty();
    }
}
