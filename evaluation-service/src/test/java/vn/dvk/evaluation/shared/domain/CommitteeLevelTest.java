package vn.dvk.evaluation.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.platform.domain.Rejection;

class CommitteeLevelTest {

    private static void refused(ManagementLevel modelLevel, UnitLevel homeLevel) {
        assertThatThrownBy(() -> CommitteeLevel.requireCommitteeOf("m-1", modelLevel, homeLevel))
                .as("%s model, official of a %s unit", modelLevel, homeLevel)
                .isInstanceOfSatisfying(Rejection.OutOfScope.class, e -> {
                    assertThat(e.code()).isEqualTo("level-mismatch");
                    assertThat(e.issues()).extracting(Rejection.FieldIssue::field)
                            .containsExactly("modelId");
                });
    }

    @Test
    void given_an_official_of_the_models_management_level_when_he_decides_then_he_may() {
        assertThatCode(() -> CommitteeLevel.requireCommitteeOf("m-1", ManagementLevel.PROVINCE, UnitLevel.PROVINCE))
                .doesNotThrowAnyException();
        assertThatCode(() -> CommitteeLevel.requireCommitteeOf("m-1", ManagementLevel.DISTRICT, UnitLevel.DISTRICT))
                .doesNotThrowAnyException();
        assertThatCode(() -> CommitteeLevel.requireCommitteeOf("m-1", ManagementLevel.GRASSROOTS, UnitLevel.COMMUNE))
                .doesNotThrowAnyException();
        assertThatCode(() -> CommitteeLevel.requireCommitteeOf("m-1", ManagementLevel.GRASSROOTS, UnitLevel.AGENCY))
                .doesNotThrowAnyException();
    }

    @Test
    void given_an_official_of_another_level_above_or_below_when_he_decides_then_it_is_a_level_mismatch() {
        refused(ManagementLevel.GRASSROOTS, UnitLevel.PROVINCE);
        refused(ManagementLevel.GRASSROOTS, UnitLevel.DISTRICT);
        refused(ManagementLevel.DISTRICT, UnitLevel.PROVINCE);
        refused(ManagementLevel.DISTRICT, UnitLevel.COMMUNE);
        refused(ManagementLevel.PROVINCE, UnitLevel.DISTRICT);
        refused(ManagementLevel.PROVINCE, null);
    }

    @Test
    void given_an_instance_below_the_models_level_when_a_decision_is_made_there_then_it_is_a_level_mismatch() {
        assertThatCode(() -> CommitteeLevel.requireInstanceServes("m-1", ManagementLevel.GRASSROOTS,
                UnitLevel.PROVINCE)).doesNotThrowAnyException();
        assertThatCode(() -> CommitteeLevel.requireInstanceServes("m-1", ManagementLevel.PROVINCE, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CommitteeLevel.requireInstanceServes("m-1", ManagementLevel.DISTRICT,
                UnitLevel.COMMUNE)).isInstanceOf(Rejection.OutOfScope.class);
        assertThatThrownBy(() -> CommitteeLevel.requireInstanceServes("m-1", ManagementLevel.PROVINCE,
                UnitLevel.DISTRICT)).isInstanceOf(Rejection.OutOfScope.class);
    }
}
