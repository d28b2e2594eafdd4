package vn.dvk.evaluation.deadline.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.evaluation.DeadlineApproaching;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.evaluation.EvaluationProperties;
import vn.dvk.evaluation.deadline.domain.DeadlineSettings;
import vn.dvk.evaluation.deadline.domain.Deadlines;
import vn.dvk.evaluation.deadline.domain.Reminder;
import vn.dvk.evaluation.deadline.domain.ReminderSchedule;
import vn.dvk.evaluation.deadline.domain.SentReminders;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.outbox.OutboundEvent;

/** Reminds units of what they have yet to deliver, some days before each deadline and on the day. */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final DueItems dueItems;
    private final SentReminders sent;
    private final ReminderSchedule schedule;
    private final Clock clock;

    public ReminderService(DueItems dueItems, SentReminders sent, Clock clock, EvaluationProperties properties) {
        this.dueItems = dueItems;
        this.sent = sent;
        this.clock = clock;
        this.schedule = new ReminderSchedule(properties.reminders().daysBefore(),
                properties.reminders().campaignDaysBefore());
    }

    /**
     * Publishes {@code DeadlineApproaching} for every deadline in scope not yet met whose reminder falls today (on the
     * days its campaign's deadline settings give, else the configured ones); the
     * reminder's id is the (unit, deadline, days left) triple, so a second run, or a run on another instance,
     * publishes nothing twice. Returns how many reminders this run sent.
     */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        TreeSet<Integer> years = new TreeSet<>();
        years.add(today.getYear());
        years.add(today.plusDays(Math.max(schedule.longestLead(), DeadlineSettings.MAX_REMINDER_DAYS)).getYear());
        int published = 0;
        for (int year : years) {
            for (DeadlineService.Item item : dueItems.inScope(year)) {
                // only whether it is met counts here: the schedule alone tells whether the day has passed
                if (item.status() == Deadlines.DeadlineStatus.DONE) {
                    continue;
                }
                List<Integer> daysBefore = dueItems.reminderDaysSet(item.campaignId(), item.unitPath())
                        .orElseGet(() -> schedule.daysBeforeFor(item.campaignId()));
                OptionalInt daysLeft = ReminderSchedule.daysLeftToRemindOn(daysBefore, item.dueDate(), today);
                if (daysLeft.isPresent() && send(item, daysLeft.getAsInt(), now)) {
                    published++;
                }
            }
        }
        if (published > 0) {
            log.info("sent {} deadline reminders", published);
        }
        return published;
    }

    private boolean send(DeadlineService.Item item, int daysLeft, Instant now) {
        String id = Reminder.idOf(item.unitPath(), item.kind(), item.subjectId(), item.dueDate(), daysLeft);
        if (sent.exists(id)) {
            return false;
        }
        DeadlineApproaching event = new DeadlineApproaching(DeadlineApproaching.Deadline.valueOf(item.kind().name()),
                item.unitCode(), item.unitPath(), item.subjectId(), item.subjectName(), item.campaignId(),
                item.dueDate(), daysLeft, now);
        try {
            sent.add(new Reminder(id, item.kind(), item.unitCode(), item.unitPath(), item.subjectId(),
                    item.subjectName(), item.campaignId(), item.dueDate(), daysLeft, now),
                    new OutboundEvent<>(EvaluationEvents.DEADLINE_APPROACHING, item.subjectId(), item.unitPath(),
                            event));
            return true;
        } catch (AlreadyExists e) {
            log.debug("reminder {} was sent meanwhile by another run", id);
            return false;
        }
    }
}
