package vn.dvk.registration.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.platform.domain.Rejection;

class CampaignTest {

    private static final List<CampaignSnapshot.Phase> PLAN_294_PHASES = List.of(
            new CampaignSnapshot.Phase("Đợt 1", LocalDate.of(2021, 11, 1), LocalDate.of(2023, 7, 31)),
            new CampaignSnapshot.Phase("Đợt 2", LocalDate.of(2023, 7, 1), LocalDate.of(2025, 10, 31)));
    private static final List<CampaignSnapshot.Target> PLAN_294_TARGETS = List.of(
            new CampaignSnapshot.Target(UnitLevel.DISTRICT, ManagementLevel.DISTRICT, null, 2, "Cấp huyện ≥ 2"),
            new CampaignSnapshot.Target(UnitLevel.COMMUNE, null, null, 1, "Mỗi xã ≥ 1"));
    private static final Campaign PLAN_294 = new Campaign("c-294", "124", "14/124", "Dân vận khéo 2021-2025",
            "294/KH-UBND", LocalDate.of(2021, 11, 18), 2021, 2025, null, PLAN_294_PHASES, PLAN_294_TARGETS,
            Instant.parse("2021-11-18T02:00:00Z"), Instant.parse("2021-11-18T02:00:00Z"), 1);

    @Test
    void given_plan_294_then_its_period_covers_2021_to_2025_only() {
        assertThat(PLAN_294.covers(2021)).isTrue();
        assertThat(PLAN_294.covers(2025)).isTrue();
        assertThat(PLAN_294.covers(2020)).isFalse();
        assertThat(PLAN_294.covers(2026)).isFalse();
        assertThat(PLAN_294.snapshot().phases()).hasSize(2);
        assertThat(PLAN_294.snapshot().version()).isEqualTo(1);
    }

    @Test
    void given_the_phases_and_targets_of_plan_294_when_checked_then_they_pass() {
        assertThatCode(() -> Campaign.checkPeriod(2021, 2025, PLAN_294_PHASES, PLAN_294_TARGETS))
                .doesNotThrowAnyException();
    }

    @Test
    void given_reversed_years_a_reversed_phase_and_a_target_outside_the_period_then_each_is_named() {
        List<CampaignSnapshot.Phase> reversedPhase = List.of(PLAN_294_PHASES.get(0),
                new CampaignSnapshot.Phase("Đợt 2", LocalDate.of(2025, 10, 31), LocalDate.of(2023, 7, 1)));
        List<CampaignSnapshot.Target> lateTarget = List.of(
                new CampaignSnapshot.Target(UnitLevel.COMMUNE, null, 2027, 1, null));

        assertThatThrownBy(() -> Campaign.checkPeriod(2025, 2021, reversedPhase, lateTarget))
                .isInstanceOfSatisfying(Rejection.class, problem -> {
                    assertThat(problem).isInstanceOf(Rejection.Unprocessable.class);
                    assertThat(problem.issues()).extracting(Rejection.FieldIssue::field)
                            .containsExactly("endYear", "phases[1].endDate", "targets[0].year");
                });
    }
}
