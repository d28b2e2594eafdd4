package vn.dvk.platform.scope;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.unit.domain.DemoUnits;

/** Which events an instance applies: facts of its subtree, and reference data issued at or above it. */
class InstanceScopeEventsTest {

    private final InstanceScope commune = new InstanceScope(DemoUnits.DIRECTORY, "04096");

    @Test
    void a_commune_applies_the_campaigns_and_inspection_plans_of_its_district_and_province() {
        assertThat(commune.receives(RegistrationEvents.CAMPAIGN_PUBLISHED, "14/124")).isTrue();
        assertThat(commune.receives(RegistrationEvents.CAMPAIGN_UPDATED, "14")).isTrue();
        assertThat(commune.receives(EvaluationEvents.INSPECTION_PLAN_PUBLISHED, "14/124")).isTrue();
        assertThat(commune.receives(RegistrationEvents.CAMPAIGN_PUBLISHED, "14/124/04096")).isTrue();
    }

    @Test
    void reference_data_of_another_district_or_of_a_unit_below_stays_where_it_was_issued() {
        assertThat(commune.receives(RegistrationEvents.CAMPAIGN_PUBLISHED, "14/125")).isFalse();
        assertThat(commune.receives(EvaluationEvents.INSPECTION_PLAN_PUBLISHED, "14/124/04093")).isFalse();
        assertThat(new InstanceScope(DemoUnits.DIRECTORY, "124")
                .receives(RegistrationEvents.CAMPAIGN_PUBLISHED, "14/124/04096")).isTrue();
    }

    @Test
    void a_fact_that_moved_a_model_out_of_the_scope_reaches_the_instance_it_left_and_the_one_it_entered() {
        InstanceScope entered = new InstanceScope(DemoUnits.DIRECTORY, "04063");

        assertThat(commune.receives(RegistrationEvents.MODEL_UPDATED, "14/124/04063", "14/124/04096")).isTrue();
        assertThat(entered.receives(RegistrationEvents.MODEL_UPDATED, "14/124/04063", "14/124/04096")).isTrue();
        assertThat(commune.receives(RegistrationEvents.MODEL_UPDATED, "14/124/04063", null)).isFalse();
        assertThat(commune.receives(RegistrationEvents.MODEL_UPDATED, "14/124/04063", "14/124/04093")).isFalse();
    }

    @Test
    void facts_about_models_of_units_above_do_not_flow_down() {
        assertThat(commune.receives(RegistrationEvents.MODEL_REGISTERED, "14/124")).isFalse();
        assertThat(commune.receives(EvaluationEvents.REVIEW_DECIDED, "14")).isFalse();
        assertThat(commune.receives(RegistrationEvents.MODEL_REGISTERED, "14/124/04096")).isTrue();
    }
}
