package vn.dvk.evaluation.deadline.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * That a unit was reminded of one deadline, so many days before it; its id makes that happen once only, however many
 * runs and instances look.
 */
public record Reminder(String id, Deadlines.Kind kind, String unitCode, String unitPath, String subjectId,
                       String subjectName, String campaignId, LocalDate dueDate, int daysLeft, Instant sentAt) {

    /** One reminder per unit, deadline (what is due, about what, on which day) and days left. */
    public static String idOf(String unitPath, Deadlines.Kind kind, String subjectId, LocalDate dueDate,
                              int daysLeft) {
        return unitPath + "#" + kind + "#" + subjectId + "#" + dueDate + "#" + daysLeft;
    }
}
