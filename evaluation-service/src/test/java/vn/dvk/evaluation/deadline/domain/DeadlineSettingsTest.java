package vn.dvk.evaluation.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.dvk.platform.domain.Rejection;

class DeadlineSettingsTest {

    @Test
    void given_reminder_days_in_any_order_when_checked_then_they_are_kept_longest_first() {
        assertThat(DeadlineSettings.checkedReminderDays(Arrays.asList(1, 14, 7))).containsExactly(14, 7, 1);
    }

    @Test
    void given_no_reminder_days_when_checked_then_none_are_set() {
        assertThat(DeadlineSettings.checkedReminderDays(null)).isNull();
    }

    @Test
    void given_zero_negative_too_many_or_repeated_days_when_checked_then_each_is_named() {
        assertThatThrownBy(() -> DeadlineSettings.checkedReminderDays(Arrays.asList(0, -3, 61, 5, 5, null)))
                .isInstanceOfSatisfying(Rejection.InvalidInput.class, e -> assertThat(e.issues())
                        .extracting(Rejection.FieldIssue::field).containsExactly("reminderDays[0]",
                                "reminderDays[1]", "reminderDays[2]", "reminderDays[4]", "reminderDays[5]"));
    }
}
