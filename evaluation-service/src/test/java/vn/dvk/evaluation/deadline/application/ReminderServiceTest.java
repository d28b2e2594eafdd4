package vn.dvk.evaluation.deadline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.evaluation.DeadlineApproaching;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.evaluation.EvaluationProperties;
import vn.dvk.evaluation.deadline.domain.Deadlines;
import vn.dvk.evaluation.deadline.domain.InMemorySentReminders;
import vn.dvk.evaluation.support.InMemoryOutbox;

class ReminderServiceTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String CHIENG_DONG = "14/124/04063";
    private static final LocalDate FIRST_QUARTER_DUE = LocalDate.of(2023, 4, 10);

    /** Yên Châu's deadlines in 2023: a quarter's self-assessment still owed, one already met, the mid-year report. */
    private static final DueItems YEN_CHAU_2023 = year -> year != 2023 ? List.of() : List.of(
            new DeadlineService.Item(Deadlines.Kind.SELF_ASSESSMENT, "04063", CHIENG_DONG, "ban-me-village",
                    "Bản văn hóa Bản Mé (kỳ 2023-01-01 – 2023-03-31)", null, FIRST_QUARTER_DUE,
                    Deadlines.DeadlineStatus.DUE),
            new DeadlineService.Item(Deadlines.Kind.SELF_ASSESSMENT, "04063", CHIENG_DONG, "na-da-fish-cages",
                    "Nuôi cá lồng Nà Dạ (kỳ 2023-01-01 – 2023-03-31)", null, FIRST_QUARTER_DUE,
                    Deadlines.DeadlineStatus.DONE),
            new DeadlineService.Item(Deadlines.Kind.MID_YEAR_REPORT, "124", "14/124", "plan-2023-mid-year",
                    "Kiểm tra 6 tháng đầu năm 2023", null, LocalDate.of(2023, 7, 25),
                    Deadlines.DeadlineStatus.DUE));

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemorySentReminders sharedStore = new InMemorySentReminders(outbox);

    private static ReminderService instanceOn(LocalDate today, InMemorySentReminders store) {
        Clock clock = Clock.fixed(today.atTime(LocalTime.of(9, 0)).atZone(VIETNAM).toInstant(), VIETNAM);
        return new ReminderService(YEN_CHAU_2023, store, clock, EvaluationProperties.defaults());
    }

    private List<DeadlineApproaching> sent() {
        return outbox.payloads(EvaluationEvents.DEADLINE_APPROACHING);
    }

    @Test
    void given_a_deadline_a_week_away_when_the_job_runs_twice_that_day_then_the_unit_is_reminded_once() {
        ReminderService reminders = instanceOn(FIRST_QUARTER_DUE.minusDays(7), sharedStore);

        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(reminders.sendDue()).isZero();

        assertThat(sent()).singleElement().satisfies(reminder -> {
            assertThat(reminder.deadline()).isEqualTo(DeadlineApproaching.Deadline.SELF_ASSESSMENT);
            assertThat(reminder.subjectId()).isEqualTo("ban-me-village");
            assertThat(reminder.unitCode()).isEqualTo("04063");
            assertThat(reminder.dueDate()).isEqualTo(FIRST_QUARTER_DUE);
            assertThat(reminder.daysLeft()).isEqualTo(7);
        });
        assertThat(outbox.typesAbout("na-da-fish-cages")).isEmpty();
        assertThat(outbox.typesAbout("plan-2023-mid-year")).isEmpty();
    }

    @Test
    void given_two_instances_on_one_store_when_both_run_on_each_reminder_day_then_each_reminder_is_sent_once() {
        for (LocalDate day : List.of(FIRST_QUARTER_DUE.minusDays(7), FIRST_QUARTER_DUE.minusDays(1),
                FIRST_QUARTER_DUE, FIRST_QUARTER_DUE.plusDays(1))) {
            instanceOn(day, sharedStore).sendDue();
            instanceOn(day, sharedStore).sendDue();
        }

        assertThat(sent()).extracting(DeadlineApproaching::daysLeft).containsExactly(7, 1, 0);
        assertThat(outbox.typesAbout("ban-me-village")).containsOnly(EvaluationEvents.DEADLINE_APPROACHING.name());
    }

    @Test
    void given_another_instance_writing_the_same_reminder_when_the_check_misses_it_then_the_store_refuses_it() {
        InMemorySentReminders racingStore = new InMemorySentReminders(outbox) {
            @Override
            public boolean exists(String id) {
                return false;
            }
        };
        LocalDate dayBefore = FIRST_QUARTER_DUE.minusDays(1);

        assertThat(instanceOn(dayBefore, racingStore).sendDue()).isEqualTo(1);
        assertThat(instanceOn(dayBefore, racingStore).sendDue()).isZero();

        assertThat(sent()).extracting(DeadlineApproaching::daysLeft).containsExactly(1);
    }

    @Test
    void given_reminder_days_set_with_the_campaigns_deadlines_when_the_job_runs_each_day_then_they_replace_the_configured() {
        DueItems campaignOfChiengDong = new DueItems() {
            @Override
            public List<DeadlineService.Item> inScope(int year) {
                return year != 2023 ? List.of() : List.of(new DeadlineService.Item(Deadlines.Kind.RECOGNITION,
                        "04063", CHIENG_DONG, "ban-me-village", "Bản văn hóa Bản Mé", "campaign-2023",
                        LocalDate.of(2023, 12, 31), Deadlines.DeadlineStatus.DUE));
            }

            @Override
            public Optional<List<Integer>> reminderDaysSet(String campaignId, String unitPath) {
                return "campaign-2023".equals(campaignId) && CHIENG_DONG.equals(unitPath)
                        ? Optional.of(List.of(14, 3)) : Optional.empty();
            }
        };
        for (LocalDate day = LocalDate.of(2023, 12, 1); !day.isAfter(LocalDate.of(2023, 12, 31));
             day = day.plusDays(1)) {
            Clock clock = Clock.fixed(day.atTime(LocalTime.of(9, 0)).atZone(VIETNAM).toInstant(), VIETNAM);
            new ReminderService(campaignOfChiengDong, sharedStore, clock, EvaluationProperties.defaults()).sendDue();
        }

        assertThat(sent()).extracting(DeadlineApproaching::daysLeft).containsExactly(14, 3, 0);
    }
}
