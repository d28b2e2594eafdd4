package vn.dvk.evaluation.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dvk.evaluation.model.domain.InMemoryModelViews;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.DemoUnits;

/** A model edited into another unit leaves the instance of the unit it left and enters the one of its new unit. */
class KnownModelsTest {

    private final InMemoryModelViews leftViews = new InMemoryModelViews();
    private final KnownModels left = new KnownModels(leftViews, new InstanceScope(DemoUnits.DIRECTORY, "04096"));
    private final InMemoryModelViews enteredViews = new InMemoryModelViews();
    private final KnownModels entered = new KnownModels(enteredViews,
            new InstanceScope(DemoUnits.DIRECTORY, "04063"));

    @Test
    void given_a_model_of_04096_when_it_is_edited_into_04063_then_04096_forgets_it_and_04063_knows_it() {
        left.apply(ModelFixtures.taiNungPears().snapshot());
        var moved = ModelFixtures.taiNungPears().inUnit("04063", "14/124/04063").atVersion(2).snapshot();

        left.apply(moved);
        entered.apply(moved);

        assertThat(left.find("pear-model")).isEmpty();
        assertThat(leftViews.ofYearWithin("14/124/04096", 2022)).isEmpty();
        assertThatThrownBy(() -> left.require("modelId", "pear-model"))
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.code()).isEqualTo("unknown-model"));
        assertThat(entered.require("modelId", "pear-model").unitPath()).isEqualTo("14/124/04063");
        assertThat(enteredViews.ofYearWithin("14/124/04063", 2022)).hasSize(1);
    }

    @Test
    void given_a_model_moved_away_when_it_is_edited_back_then_the_instance_it_left_knows_it_again() {
        left.apply(ModelFixtures.taiNungPears().snapshot());
        left.apply(ModelFixtures.taiNungPears().inUnit("04063", "14/124/04063").atVersion(2).snapshot());

        left.apply(ModelFixtures.taiNungPears().atVersion(3).snapshot());

        assertThat(left.require("modelId", "pear-model").version()).isEqualTo(3);
    }
}
