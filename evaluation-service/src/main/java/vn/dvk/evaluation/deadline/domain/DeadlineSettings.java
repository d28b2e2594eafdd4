package vn.dvk.evaluation.deadline.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dvk.platform.domain.Rejection;

/**
 * What a level sets for a campaign's deadlines: the deadlines themselves and the days before each on which units are
 * reminded ({@code null}: the configured days).
 */
public record DeadlineSettings(Deadlines deadlines, List<Integer> reminderDays) {

    /** The most days before a deadline a reminder may go out: about two months. */
    public static final int MAX_REMINDER_DAYS = 60;

    public DeadlineSettings {
        reminderDays = reminderDays == null ? null : List.copyOf(reminderDays);
    }

    /**
     * Checks reminder days as a level gives them: each from 1 to {@value #MAX_REMINDER_DAYS}, none twice; problems
     * name {@code reminderDays[i]}. Null stays null (not set).
     */
    public static List<Integer> checkedReminderDays(List<Integer> given) {
        if (given == null) {
            return null;
        }
        List<Rejection.FieldIssue> problems = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Integer day = given.get(i);
            String field = "reminderDays[" + i + "]";
            if (day == null || day < 1 || day > MAX_REMINDER_DAYS) {
                problems.add(new Rejection.FieldIssue(field, "phải từ 1 đến " + MAX_REMINDER_DAYS + " ngày"));
            } else if (!seen.add(day)) {
                problems.add(new Rejection.FieldIssue(field, "ngày nhắc " + day + " bị lặp lại"));
            }
        }
        if (!problems.isEmpty()) {
            throw Rejection.invalid(problems);
        }
        return given.stream().sorted(Comparator.reverseOrder()).toList();
    }
}
