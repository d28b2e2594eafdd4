package vn.dvk.evaluation.selfassessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvk.evaluation.selfassessment.domain.SelfAssessmentSchedule.Filed;
import vn.dvk.evaluation.selfassessment.domain.SelfAssessmentSchedule.Period;

class SelfAssessmentScheduleTest {

    private static final int GRACE_DAYS = 10;
    private static final LocalDate NOV_30_BEFORE_LEAP_FEBRUARY = LocalDate.of(2023, 11, 30);
    private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);
    private static final LocalDate AUG_31 = LocalDate.of(2022, 8, 31);

    private static Period period(int index, String start, String end, String due) {
        return new Period(index, LocalDate.parse(start), LocalDate.parse(end), LocalDate.parse(due));
    }

    @Test
    void given_a_start_on_november_30_when_the_periods_are_computed_then_the_first_ends_before_the_leap_day() {
        List<Period> periods = SelfAssessmentSchedule.periods(NOV_30_BEFORE_LEAP_FEBRUARY,
                LocalDate.of(2024, 12, 31), GRACE_DAYS);

        assertThat(periods).containsExactly(
                period(1, "2023-11-30", "2024-02-28", "2024-03-09"),
                period(2, "2024-02-29", "2024-05-29", "2024-06-08"),
                period(3, "2024-05-30", "2024-08-29", "2024-09-08"),
                period(4, "2024-08-30", "2024-11-29", "2024-12-09"));
    }

    @Test
    void given_a_start_on_the_leap_day_when_a_year_passes_then_the_clamped_february_end_does_not_drift_later_periods() {
        List<Period> periods = SelfAssessmentSchedule.periods(LEAP_DAY, LocalDate.of(2025, 12, 31), GRACE_DAYS);

        assertThat(periods).startsWith(
                period(1, "2024-02-29", "2024-05-28", "2024-06-07"),
                period(2, "2024-05-29", "2024-08-28", "2024-09-07"),
                period(3, "2024-08-29", "2024-11-28", "2024-12-08"),
                period(4, "2024-11-29", "2025-02-27", "2025-03-09"),
                period(5, "2025-02-28", "2025-05-28", "2025-06-07"));
    }

    @Test
    void given_a_start_on_august_31_when_the_periods_are_computed_then_short_months_clamp_each_bound() {
        List<Period> periods = SelfAssessmentSchedule.periods(AUG_31, LocalDate.of(2023, 8, 30), GRACE_DAYS);

        assertThat(periods).containsExactly(
                period(1, "2022-08-31", "2022-11-29", "2022-12-09"),
                period(2, "2022-11-30", "2023-02-27", "2023-03-09"),
                period(3, "2023-02-28", "2023-05-30", "2023-06-09"),
                period(4, "2023-05-31", "2023-08-30", "2023-09-09"));
        assertThat(periods).extracting(Period::closesHalfYear).containsExactly(false, true, false, true);
    }

    @ParameterizedTest
    @CsvSource({"2023-11-30", "2024-02-29", "2022-08-31", "2024-01-31", "2022-01-01", "2024-03-31"})
    void given_any_start_when_the_periods_are_computed_then_they_tile_the_time_without_gap_or_overlap(String start) {
        List<Period> periods = SelfAssessmentSchedule.periods(LocalDate.parse(start), LocalDate.parse(start)
                .plusYears(3), GRACE_DAYS);

        assertThat(periods).hasSize(12);
        assertThat(periods.get(0).start()).isEqualTo(LocalDate.parse(start));
        for (int i = 1; i < periods.size(); i++) {
            assertThat(periods.get(i).start()).isEqualTo(periods.get(i - 1).end().plusDays(1));
        }
    }

    @Test
    void given_a_model_ending_mid_period_when_the_periods_are_computed_then_the_unfinished_period_is_not_owed() {
        List<Period> periods = SelfAssessmentSchedule.periods(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 11, 15),
                GRACE_DAYS);

        assertThat(periods).extracting(Period::end).containsExactly(LocalDate.of(2022, 3, 31),
                LocalDate.of(2022, 6, 30), LocalDate.of(2022, 9, 30));
    }

    @Test
    void given_the_due_date_itself_when_overdue_is_computed_then_nothing_is_late_until_the_next_day() {
        LocalDate start = LocalDate.of(2023, 11, 30);
        LocalDate end = LocalDate.of(2024, 11, 29);

        assertThat(SelfAssessmentSchedule.overdue(start, end, GRACE_DAYS, List.of(), LocalDate.of(2024, 3, 9)))
                .isEmpty();
        assertThat(SelfAssessmentSchedule.overdue(start, end, GRACE_DAYS, List.of(), LocalDate.of(2024, 3, 10)))
                .extracting(Period::index).containsExactly(1);
    }

    @Test
    void given_a_six_month_self_assessment_when_overdue_is_computed_then_both_quarters_it_covers_are_done() {
        LocalDate start = LocalDate.of(2022, 1, 1);
        LocalDate end = LocalDate.of(2022, 12, 31);
        List<Filed> sixMonths = List.of(new Filed(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)));

        List<Period> overdue = SelfAssessmentSchedule.overdue(start, end, GRACE_DAYS, sixMonths,
                LocalDate.of(2023, 2, 1));

        assertThat(overdue).extracting(Period::index).containsExactly(3, 4);
    }

    @Test
    void given_a_self_assessment_covering_only_part_of_a_period_when_overdue_is_computed_then_the_period_is_still_owed() {
        List<Filed> partial = List.of(new Filed(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 15)));

        List<Period> overdue = SelfAssessmentSchedule.overdue(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30),
                GRACE_DAYS, partial, LocalDate.of(2022, 4, 20));

        assertThat(overdue).extracting(Period::index).containsExactly(1);
    }

    @Test
    void given_a_configured_grace_when_due_dates_are_computed_then_they_follow_it_across_a_leap_february() {
        List<Period> periods = SelfAssessmentSchedule.periods(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 29),
                0);

        assertThat(periods).containsExactly(period(1, "2023-12-01", "2024-02-29", "2024-02-29"));
    }
}
