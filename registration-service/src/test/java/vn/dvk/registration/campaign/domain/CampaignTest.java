package vn.dvk.registration.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dvk.registration.campaign.CampaignFixtures.plan294;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.platform.domain.Rejection;

class CampaignTest {

    private static final Campaign PLAN_294 = plan294().published();

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
        assertThatCode(() -> Campaign.checkPeriod(2021, 2025, PLAN_294.phases(), PLAN_294.targets()))
                .doesNotThrowAnyException();
    }

    @Test
    void given_reversed_years_a_reversed_phase_and_a_target_outside_the_period_then_each_is_named() {
        List<CampaignSnapshot.Phase> reversedPhase = List.of(PLAN_294.phases().get(0),
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

    @Test
    void given_a_draft_with_padded_text_when_published_then_it_is_trimmed_and_blank_text_is_absent() {
        Campaign published = plan294().named("  Dân vận khéo 2021-2025 ").basedOn(" ", null)
                .withTargets(new CampaignSnapshot.Target(UnitLevel.COMMUNE, null, null, 1, "  ")).published();

        assertThat(published.name()).isEqualTo("Dân vận khéo 2021-2025");
        assertThat(published.documentNumber()).isNull();
        assertThat(published.targets()).singleElement()
                .satisfies(target -> assertThat(target.description()).isNull());
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.issuingUnitPath()).isEqualTo("14/124");
    }

    @Test
    void given_a_published_plan_when_revised_then_it_is_one_version_higher_and_keeps_when_it_was_created() {
        Instant later = Instant.parse("2022-02-01T02:00:00Z");

        Campaign revised = PLAN_294.revise(plan294().named("Dân vận khéo (sửa đổi)").draft(), "14/124", later);

        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.name()).isEqualTo("Dân vận khéo (sửa đổi)");
        assertThat(revised.createdAt()).isEqualTo(PLAN_294.createdAt());
        assertThat(revised.updatedAt()).isEqualTo(later);
    }

    @Test
    void given_a_plan_naming_itself_as_parent_then_it_is_refused_naming_the_parent() {
        assertThatThrownBy(() -> plan294().under("c-294").published())
                .isInstanceOfSatisfying(Rejection.Unprocessable.class, problem -> assertThat(problem.issues())
                        .extracting(Rejection.FieldIssue::field).containsExactly("parentCampaignId"));
    }
}
