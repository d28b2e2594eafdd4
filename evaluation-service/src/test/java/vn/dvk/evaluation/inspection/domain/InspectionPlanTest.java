package vn.dvk.evaluation.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.TeamRole;
import vn.dvk.platform.domain.Rejection;

class InspectionPlanTest {

    private static final InspectionPlan.Member HEAD = new InspectionPlan.Member("Lò Văn Minh", null, TeamRole.HEAD);
    private static final InspectionPlan.Member SECRETARY = new InspectionPlan.Member("Cầm Thị Hoa", null,
            TeamRole.SECRETARY);
    private static final LocalDate TODAY = LocalDate.of(2023, 3, 1);

    private static void teamRefused(List<InspectionPlan.Member> members, String message) {
        assertThatThrownBy(() -> InspectionPlan.checkTeams(List.of(new InspectionPlan.TeamDraft("d1", "Đoàn 1",
                members)), List.of("d1"))).isInstanceOfSatisfying(Rejection.InvalidInput.class, e -> assertThat(
                e.issues()).singleElement().satisfies(issue -> {
                    assertThat(issue.field()).isEqualTo("teams[0].members");
                    assertThat(issue.message()).isEqualTo(message);
                }));
    }

    private static InspectionPlan plan(String issuer, int year, InspectionRound round, String... unitCodes) {
        return new InspectionPlan("p-" + unitCodes.length, issuer, "14/" + issuer, year, round, "Kế hoạch", null, null,
                Arrays.stream(unitCodes).map(code -> new InspectionPlan.Target("t", code, "14/124/" + code,
                        code, null, null)).toList(), List.of(), "Ban Chỉ đạo", Instant.EPOCH, null);
    }

    @Test
    void given_a_team_without_members_when_checked_then_it_needs_members() {
        teamRefused(List.of(), "đoàn phải có thành viên");
    }

    @Test
    void given_a_team_without_a_head_when_checked_then_it_needs_one() {
        teamRefused(List.of(SECRETARY), "đoàn phải có trưởng đoàn");
    }

    @Test
    void given_a_team_with_a_head_and_a_secretary_when_checked_then_it_is_a_team() {
        assertThatCode(() -> InspectionPlan.checkTeams(List.of(new InspectionPlan.TeamDraft("d1", "Đoàn 1",
                List.of(HEAD, SECRETARY))), List.of("d1"))).doesNotThrowAnyException();
    }

    @Test
    void given_a_decision_dated_after_the_plan_year_when_checked_then_it_is_refused() {
        assertThatThrownBy(() -> InspectionPlan.checkDecisionDate(LocalDate.of(2023, 1, 5), 2022, TODAY))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class, e -> {
                    assertThat(e.code()).isEqualTo("decision-after-plan-year");
                    assertThat(e.issues()).extracting(Rejection.FieldIssue::field).containsExactly("decisionDate");
                });
        assertThatCode(() -> InspectionPlan.checkDecisionDate(LocalDate.of(2022, 12, 20), 2023, TODAY))
                .as("a plan decided the year before").doesNotThrowAnyException();
    }

    @Test
    void given_a_decision_dated_in_the_future_when_checked_then_it_is_refused() {
        assertThatThrownBy(() -> InspectionPlan.checkDecisionDate(LocalDate.of(2023, 4, 1), 2023, TODAY))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class,
                        e -> assertThat(e.code()).isEqualTo("future-date"));
    }

    @Test
    void given_a_model_of_another_year_when_targeted_then_it_is_refused() {
        assertThatThrownBy(() -> InspectionPlan.checkTargetModel("targets[0]", "fish", 2023, 2023, "14/124/04102",
                2022, "14/124/04102")).isInstanceOfSatisfying(Rejection.Unprocessable.class, e -> {
                    assertThat(e.code()).isEqualTo("target-of-another-year");
                    assertThat(e.issues()).extracting(Rejection.FieldIssue::field)
                            .containsExactly("targets[0].modelId");
                });
    }

    @Test
    void given_a_model_of_another_unit_when_targeted_there_then_it_is_refused() {
        assertThatThrownBy(() -> InspectionPlan.checkTargetModel("targets[1]", "fish", 2022, 2022, "14/124/04102",
                2022, "14/124/04096")).isInstanceOfSatisfying(Rejection.Unprocessable.class,
                e -> assertThat(e.code()).isEqualTo("target-of-another-unit"));
        assertThatCode(() -> InspectionPlan.checkTargetModel("targets[1]", "fish", 2022, 2022, "14/124/04102",
                2022, "14/124")).as("a unit above the model's").doesNotThrowAnyException();
    }

    @Test
    void given_a_plan_of_the_same_issuer_year_round_and_targets_when_compared_then_it_repeats_it() {
        InspectionPlan first = plan("124", 2022, InspectionRound.MID_YEAR, "04096", "04063");

        assertThat(plan("124", 2022, InspectionRound.MID_YEAR, "04063", "04096").repeats(first)).isTrue();
        assertThat(plan("124", 2022, InspectionRound.YEAR_END, "04096", "04063").repeats(first)).isFalse();
        assertThat(plan("124", 2022, InspectionRound.MID_YEAR, "04096").repeats(first)).isFalse();
        assertThat(plan("124", 2023, InspectionRound.MID_YEAR, "04096", "04063").repeats(first)).isFalse();
    }
}
