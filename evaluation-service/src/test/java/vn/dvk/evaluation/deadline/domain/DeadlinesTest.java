package vn.dvk.evaluation.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import vn.dvk.platform.domain.Rejection;

class DeadlinesTest {

    private static final LocalDate MID_YEAR_REPORT_2023 = LocalDate.of(2023, 7, 25);

    @Test
    void given_day_month_texts_when_parsed_then_missing_ones_keep_the_seed_defaults() {
        Deadlines deadlines = Deadlines.parse("20/7", null, " ", Deadlines.SEED_001);

        assertThat(deadlines).isEqualTo(new Deadlines(MonthDay.of(7, 20), MonthDay.of(12, 15), MonthDay.of(12, 31)));
        assertThat(Deadlines.format(deadlines.midYearReport())).isEqualTo("20/7");
    }

    @Test
    void given_an_impossible_or_malformed_day_when_parsed_then_each_field_is_named() {
        assertThatThrownBy(() -> Deadlines.parse("31/6", "15-12", null, Deadlines.SEED_001))
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.issues())
                        .extracting(Rejection.FieldIssue::field)
                        .containsExactly("midYearReport", "yearEndReport"));
    }

    @Test
    void given_a_year_end_report_after_recognition_when_parsed_then_it_is_unprocessable() {
        assertThatThrownBy(() -> Deadlines.parse(null, "31/12", "20/12", Deadlines.SEED_001))
                .isInstanceOfSatisfying(Rejection.class,
                        e -> assertThat(e).isInstanceOf(Rejection.Unprocessable.class));
    }

    @Test
    void given_a_deadline_when_its_day_comes_and_goes_then_it_is_due_then_late_unless_done() {
        assertThat(Deadlines.status(MID_YEAR_REPORT_2023, false, MID_YEAR_REPORT_2023))
                .isEqualTo(Deadlines.DeadlineStatus.DUE);
        assertThat(Deadlines.status(MID_YEAR_REPORT_2023, false, MID_YEAR_REPORT_2023.plusDays(1)))
                .isEqualTo(Deadlines.DeadlineStatus.LATE);
        assertThat(Deadlines.status(MID_YEAR_REPORT_2023, true, MID_YEAR_REPORT_2023.plusDays(1)))
                .isEqualTo(Deadlines.DeadlineStatus.DONE);
    }

    @Test
    void given_a_leap_day_deadline_when_placed_in_a_common_year_then_it_falls_on_february_28() {
        Deadlines deadlines = Deadlines.parse("29/2", "15/12", "31/12", Deadlines.SEED_001);

        assertThat(deadlines.midYearReport().atYear(2023)).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(deadlines.midYearReport().atYear(2024)).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
