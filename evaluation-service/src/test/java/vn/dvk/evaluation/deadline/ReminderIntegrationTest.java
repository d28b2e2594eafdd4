package vn.dvk.evaluation.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.evaluation.EvaluationProperties;
import vn.dvk.evaluation.deadline.application.DeadlineService;
import vn.dvk.evaluation.deadline.application.ReminderService;
import vn.dvk.evaluation.deadline.domain.SentReminders;
import vn.dvk.evaluation.support.EvaluationApiTest;
import vn.dvk.evaluation.support.EvaluationTopic;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.evaluation.support.RegistrationFeed;
import vn.dvk.testsupport.TopicProbe;

class ReminderIntegrationTest extends EvaluationApiTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The first quarter of 2023 ends on 31/3; its self-assessment is due ten days later. */
    private static final LocalDate FIRST_QUARTER_DUE = LocalDate.of(2023, 4, 10);

    @Autowired
    DeadlineService deadlines;
    @Autowired
    SentReminders sentReminders;
    @Autowired
    EvaluationProperties properties;

    /** Another instance of the service on the same store and broker, living on {@code today}. */
    private ReminderService instanceOn(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(LocalTime.of(9, 0)).atZone(VIETNAM).toInstant(), VIETNAM);
        return new ReminderService(deadlines, sentReminders, clock, properties);
    }

    @Test
    void reminders_of_a_self_assessment_go_out_once_per_day_before_it_however_often_and_wherever_the_job_runs() {
        String modelId = "reminded-" + UUID.randomUUID();
        ModelSnapshot model = ModelFixtures.naDaFishCages().withId(modelId).withStatus(ModelStatus.APPROVED)
                .implemented(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).atVersion(4).snapshot();
        RegistrationFeed.statusChanged(model, ModelStatus.REGISTERED, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/v1/known-models/" + modelId).status()
                == 200);

        ReminderService weekBefore = instanceOn(FIRST_QUARTER_DUE.minusDays(7));
        ReminderService weekBeforeElsewhere = instanceOn(FIRST_QUARTER_DUE.minusDays(7));
        weekBefore.sendDue();
        weekBefore.sendDue();
        weekBeforeElsewhere.sendDue();
        // the event of the next day is written after any duplicate would have been, on the same key and partition
        instanceOn(FIRST_QUARTER_DUE.minusDays(1)).sendDue();
        List<TopicProbe.Received> events = topic.await(modelId, 2);

        assertThat(EvaluationTopic.types(events)).containsExactly("vn.dvk.deadline.approaching.v1",
                "vn.dvk.deadline.approaching.v1");
        assertThat(events.get(0).value()).contains("\"deadline\":\"SELF_ASSESSMENT\"", "\"unitCode\":\"04102\"",
                "\"dueDate\":\"2023-04-10\"", "\"daysLeft\":7");
        assertThat(events.get(1).value()).contains("\"daysLeft\":1");
    }
}
