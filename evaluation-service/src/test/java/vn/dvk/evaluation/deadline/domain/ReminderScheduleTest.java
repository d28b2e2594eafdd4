package vn.dvk.evaluation.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final LocalDate MID_YEAR_REPORT_2023 = LocalDate.of(2023, 7, 25);
    private static final String OWN_CAMPAIGN = "campaign-2023-own";

    private static final ReminderSchedule DEFAULTS = new ReminderSchedule(List.of(7, 1), Map.of());
    private static final ReminderSchedule WITH_OWN_CAMPAIGN = new ReminderSchedule(List.of(7, 1),
            Map.of(OWN_CAMPAIGN, List.of(14, 3)));

    /** The days of July 2023 on which a reminder of the mid-year report goes out, with the days left told. */
    private static List<String> remindersInJuly(ReminderSchedule schedule, String campaignId) {
        return Stream.iterate(LocalDate.of(2023, 7, 1), day -> day.isBefore(LocalDate.of(2023, 8, 1)),
                        day -> day.plusDays(1))
                .flatMap(day -> {
                    OptionalInt daysLeft = schedule.daysLeftToRemind(campaignId, MID_YEAR_REPORT_2023, day);
                    return daysLeft.isPresent() ? Stream.of(day.getDayOfMonth() + "/7: " + daysLeft.getAsInt())
                            : Stream.empty();
                })
                .toList();
    }

    @Test
    void given_the_default_days_when_july_passes_then_reminders_fall_7_days_before_1_day_before_and_on_the_day() {
        assertThat(remindersInJuly(DEFAULTS, null)).containsExactly("18/7: 7", "24/7: 1", "25/7: 0");
    }

    @Test
    void given_a_deadline_when_its_day_has_passed_then_no_reminder_falls_due() {
        assertThat(DEFAULTS.daysLeftToRemind(null, MID_YEAR_REPORT_2023, MID_YEAR_REPORT_2023.plusDays(1)))
                .isEmpty();
        assertThat(DEFAULTS.daysLeftToRemind(null, MID_YEAR_REPORT_2023, MID_YEAR_REPORT_2023.plusDays(7)))
                .isEmpty();
    }

    @Test
    void given_a_day_between_the_reminder_days_when_asked_then_no_reminder_falls_due() {
        assertThat(DEFAULTS.daysLeftToRemind(null, MID_YEAR_REPORT_2023, MID_YEAR_REPORT_2023.minusDays(3)))
                .isEmpty();
    }

    @Test
    void given_a_campaign_with_its_own_days_when_july_passes_then_its_days_apply_and_others_keep_the_defaults() {
        assertThat(remindersInJuly(WITH_OWN_CAMPAIGN, OWN_CAMPAIGN)).containsExactly("11/7: 14", "22/7: 3",
                "25/7: 0");
        assertThat(remindersInJuly(WITH_OWN_CAMPAIGN, "campaign-without-own-days"))
                .containsExactly("18/7: 7", "24/7: 1", "25/7: 0");
        assertThat(WITH_OWN_CAMPAIGN.longestLead()).isEqualTo(14);
    }

    @Test
    void given_a_day_that_is_not_before_the_deadline_when_configured_then_the_schedule_is_refused() {
        assertThatThrownBy(() -> new ReminderSchedule(List.of(7, 0), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderSchedule(List.of(7), Map.of(OWN_CAMPAIGN, List.of(-1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
