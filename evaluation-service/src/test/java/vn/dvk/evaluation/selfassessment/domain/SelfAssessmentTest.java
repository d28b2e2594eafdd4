package vn.dvk.evaluation.selfassessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.platform.domain.Rejection;

class SelfAssessmentTest {

    private static final LocalDate FEBRUARY_2023 = LocalDate.of(2023, 2, 1);
    /** Bản Mé's cultural village, implemented through 2022: its periods are the four quarters of 2022. */
    private static final ModelView VILLAGE_2022 = ModelFixtures.banMeCulturalVillage()
            .withStatus(ModelStatus.IN_PROGRESS).view();

    private static void refusedWith(String start, String end, boolean adHoc, LocalDate today, String code,
                                    String field) {
        assertThatThrownBy(() -> SelfAssessment.check(VILLAGE_2022, LocalDate.parse(start), LocalDate.parse(end),
                adHoc, today)).isInstanceOfSatisfying(Rejection.Unprocessable.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.issues()).extracting(Rejection.FieldIssue::field).containsExactly(field);
                });
    }

    private static void accepted(String start, String end, boolean adHoc) {
        assertThatCode(() -> SelfAssessment.check(VILLAGE_2022, LocalDate.parse(start), LocalDate.parse(end), adHoc,
                FEBRUARY_2023)).doesNotThrowAnyException();
    }

    @Test
    void given_the_schedule_when_a_quarter_or_a_closing_half_year_is_filed_then_it_is_a_scheduled_period() {
        accepted("2022-04-01", "2022-06-30", false);
        accepted("2022-01-01", "2022-06-30", false);
        accepted("2022-07-01", "2022-12-31", false);
    }

    @Test
    void given_the_schedule_when_a_one_day_or_misaligned_period_is_filed_then_it_is_not_scheduled() {
        refusedWith("2022-03-01", "2022-03-01", false, FEBRUARY_2023, "period-not-scheduled", "periodStart");
        refusedWith("2022-02-01", "2022-04-30", false, FEBRUARY_2023, "period-not-scheduled", "periodStart");
        refusedWith("2022-04-01", "2022-09-30", false, FEBRUARY_2023, "period-not-scheduled", "periodStart");
    }

    @Test
    void given_an_ad_hoc_period_inside_the_model_when_filed_then_it_needs_no_schedule() {
        accepted("2022-03-01", "2022-03-15", true);
    }

    @Test
    void given_a_period_ending_after_the_model_when_filed_then_it_is_outside_the_model() {
        refusedWith("2022-10-01", "2023-01-31", true, FEBRUARY_2023, "period-outside-model", "periodEnd");
        refusedWith("2021-12-01", "2022-03-31", true, FEBRUARY_2023, "period-outside-model", "periodStart");
    }

    @Test
    void given_a_period_not_yet_over_when_filed_then_it_is_in_the_future() {
        refusedWith("2022-07-01", "2022-09-30", false, LocalDate.of(2022, 9, 1), "period-in-future", "periodEnd");
    }

    @Test
    void given_a_five_year_period_when_filed_then_it_is_refused() {
        refusedWith("2022-01-01", "2026-12-31", false, FEBRUARY_2023, "period-outside-model", "periodEnd");
    }

    @Test
    void given_a_model_and_a_period_when_its_id_is_taken_then_the_same_period_gives_the_same_id() {
        assertThat(SelfAssessment.idOf("village", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31)))
                .isEqualTo(SelfAssessment.idOf("village", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31)))
                .isNotEqualTo(SelfAssessment.idOf("village", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)));
    }
}
