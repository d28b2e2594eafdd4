package vn.dvk.platform.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.DemoUnits;

/**
 * An instance of a unit of the 2-tier tree (ADR 0021): Xã Yên Châu {@code 04075} from 1 July 2025 took over six old
 * communes of district {@code 124}, whose records stay under their old paths.
 */
class NewUnitScopeTest {

    private static final String NEW_YEN_CHAU = "04075_2025-07-01";

    private static InstanceScope scope(String setting, String callerUnit) {
        Optional<Caller> caller = callerUnit == null ? Optional.empty()
                : Optional.of(new Caller("someone", null, callerUnit, Set.of(Role.VIEWER)));
        return InstanceScope.configured(CurrentUnitDirectory.fixed(DemoUnits.DIRECTORY), DemoUnits.HISTORY, setting,
                () -> caller);
    }

    @Test
    void a_reused_code_names_the_old_unit_and_with_the_date_the_new_one() {
        InstanceScope oldTown = scope("04075", null);
        InstanceScope newCommune = scope(NEW_YEN_CHAU, null);

        assertThat(oldTown.path()).isEqualTo("14/124/04075");
        assertThat(oldTown.servedPaths()).containsExactly("14/124/04075");
        assertThat(newCommune.code()).isEqualTo("04075");
        assertThat(newCommune.key()).isEqualTo(NEW_YEN_CHAU);
        assertThat(newCommune.servedPaths()).containsExactlyInAnyOrder("14/04075", "14/124/04063", "14/124/04066",
                "14/124/04069", "14/124/04072", "14/124/04075", "14/124/04090");
        assertThat(newCommune.path()).isEqualTo("14");
    }

    @Test
    void the_new_commune_receives_the_facts_of_the_old_communes_it_took_over_and_of_their_units() {
        InstanceScope newCommune = scope(NEW_YEN_CHAU, null);

        assertThat(newCommune.receives(RegistrationEvents.MODEL_REGISTERED, "14/124/04063")).isTrue();
        assertThat(newCommune.receives(RegistrationEvents.MODEL_REGISTERED, "14/124/04063/04063.THCS")).isTrue();
        assertThat(newCommune.receives(EvaluationEvents.REVIEW_DECIDED, "14/124/04090")).isTrue();
        assertThat(newCommune.receives(RegistrationEvents.MODEL_REGISTERED, "14/124/04096")).isFalse();
        assertThat(newCommune.receives(RegistrationEvents.MODEL_REGISTERED, "14/124")).isFalse();
        assertThat(newCommune.receives(RegistrationEvents.MODEL_UPDATED, "14/124/04096", "14/124/04063")).isTrue();
    }

    @Test
    void reference_data_of_the_old_district_and_the_province_flows_down_to_it_and_of_other_districts_does_not() {
        InstanceScope newCommune = scope(NEW_YEN_CHAU, null);

        assertThat(newCommune.receives(RegistrationEvents.CAMPAIGN_PUBLISHED, "14/124")).isTrue();
        assertThat(newCommune.receives(EvaluationEvents.INSPECTION_PLAN_PUBLISHED, "14")).isTrue();
        assertThat(newCommune.receives(RegistrationEvents.CAMPAIGN_PUBLISHED, "14/125")).isFalse();
        assertThat(newCommune.receives(RegistrationEvents.CAMPAIGN_PUBLISHED, "14/124/04096")).isFalse();
    }

    @Test
    void it_writes_for_the_old_units_it_serves_and_refuses_the_others() {
        InstanceScope newCommune = scope(NEW_YEN_CHAU, null);

        assertThat(newCommune.covers("04063")).isTrue();
        assertThat(newCommune.covers("04063.THCS")).isTrue();
        assertThat(newCommune.covers("04096")).isFalse();
        assertThat(newCommune.requireWritable("unitCode", "04090").code()).isEqualTo("04090");
        assertThatThrownBy(() -> newCommune.requireWritable("unitCode", "04096"))
                .isInstanceOf(Rejection.OutOfScope.class);
    }

    @Test
    void an_official_of_an_old_commune_sees_his_commune_one_above_sees_all_it_holds_one_elsewhere_nothing() {
        assertThat(scope(NEW_YEN_CHAU, "04063").visiblePath()).contains("14/124/04063");
        assertThat(scope(NEW_YEN_CHAU, "14").visiblePath()).contains("14");
        assertThat(scope(NEW_YEN_CHAU, "124").visiblePath()).contains("14/124");
        assertThat(scope(NEW_YEN_CHAU, "04096").visiblePath()).isEmpty();
        assertThat(scope(NEW_YEN_CHAU, "124").isVisible("14/124/04096")).isFalse();
        assertThat(scope(NEW_YEN_CHAU, "124").isVisible("14/124/04069")).isTrue();
    }

    @Test
    void the_plans_of_the_old_district_are_issued_above_what_an_official_above_or_inside_it_sees() {
        assertThat(scope(NEW_YEN_CHAU, "14").isIssuedAbove("14/124")).isTrue();
        assertThat(scope(NEW_YEN_CHAU, "14").isIssuedAbove("14")).isTrue();
        assertThat(scope(NEW_YEN_CHAU, "04063").isIssuedAbove("14/124")).isTrue();
        assertThat(scope(NEW_YEN_CHAU, "14").isIssuedAbove("14/125")).isFalse();
        assertThat(scope(NEW_YEN_CHAU, "04063").isIssuedAbove("14/124/04066")).isFalse();
        assertThat(scope(NEW_YEN_CHAU, "04096").isIssuedAbove("14/124")).isFalse();
    }

    @Test
    void a_read_that_names_no_unit_is_about_the_new_commune_and_its_old_communes() {
        UnitSelection selection = scope(NEW_YEN_CHAU, "14").select("unit", null);

        assertThat(selection.code()).isEqualTo("04075");
        assertThat(selection.successor()).isTrue();
        assertThat(selection.paths()).contains("14/124/04063", "14/124/04090");
        assertThat(scope(NEW_YEN_CHAU, "04066").select("unit", null))
                .isEqualTo(new UnitSelection("04066", "14/124/04066"));
    }

    @Test
    void per_level_settings_belong_to_an_old_unit_and_not_to_the_new_one_seen_from_above() {
        assertThat(scope(NEW_YEN_CHAU, "04063").settingLevel()).isEqualTo("14/124/04063");
        assertThatThrownBy(() -> scope(NEW_YEN_CHAU, "14").settingLevel()).isInstanceOf(Rejection.Conflict.class)
                .hasMessageContaining("04075");
        assertThat(scope("04075", "14").settingLevel()).isEqualTo("14/124/04075");
    }

    @Test
    void a_code_unknown_on_the_date_or_a_malformed_date_stops_the_start() {
        assertThatThrownBy(() -> scope("99999", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99999");
        assertThatThrownBy(() -> scope("04063_2025-07-01", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-07-01");
        assertThatThrownBy(() -> scope("04075_2025-13-01", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YYYY-MM-DD");
        assertThat(scope("04063_2024-12-31", null).path()).isEqualTo("14/124/04063");
    }
}
