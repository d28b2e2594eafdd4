package vn.dvk.evaluation.deadline.adapter;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.evaluation.deadline.domain.Deadlines;
import vn.dvk.evaluation.deadline.domain.Reminder;
import vn.dvk.platform.access.UnitScoped;

/**
 * That {@code DeadlineApproaching} was published for one (unit, deadline, days left): its id makes it once only. A
 * fact about the reminded unit.
 */
@Document("deadline_reminders")
public record ReminderDocument(@Id String id, Deadlines.Kind kind, String unitCode, String unitPath,
                               String subjectId, String subjectName, String campaignId, LocalDate dueDate,
                               int daysLeft, Instant sentAt, long version) implements UnitScoped {

    public static ReminderDocument of(Reminder r) {
        return new ReminderDocument(r.id(), r.kind(), r.unitCode(), r.unitPath(), r.subjectId(), r.subjectName(),
                r.campaignId(), r.dueDate(), r.daysLeft(), r.sentAt(), 0);
    }
}
