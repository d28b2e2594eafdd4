package vn.dvk.notification.delivery.adapter;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.messaging.Message;
import org.springframework.util.backoff.FixedBackOff;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.notification.NotificationProperties;
import vn.dvk.notification.delivery.application.GiveWay;
import vn.dvk.notification.delivery.application.Notifier;
import vn.dvk.notification.delivery.domain.ReportingProgress;
import vn.dvk.notification.notice.application.Announcements;
import vn.dvk.notification.notice.application.AwardFacts;
import vn.dvk.platform.config.DvkProperties;
import vn.dvk.platform.inbox.DeadLetterTopic;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.platform.outbox.KafkaRecordPublisher;
import vn.dvk.platform.outbox.RecordPublisher;

/**
 * The inputs of the service: the facts of registration-, evaluation- and award-service, consumed in batches
 * ({@link NoticeBatches}), each turned into an announcement and told to whoever it concerns. A consumer only stores
 * messages; sending happens on the channels' own workers.
 */
@Configuration(proxyBeanMethods = false)
class NoticeEventBindings {

    static final String CONSUMER = "notification";
    private static final List<String> NOTICE_INPUTS = List.of("registrationEvents-in-0", "evaluationEvents-in-0",
            "awardEvents-in-0");

    @Bean
    Consumer<Message<List<?>>> registrationEvents(EventDispatcher dispatcher, Announcements announcements,
                                                  Notifier notifier, CloudEventJson json,
                                                  RecordPublisher deadLetterPublisher, Environment environment,
                                                  GiveWay giveWay) {
        return NoticeBatches.builder()
                .on(RegistrationEvents.MODEL_REGISTERED, announcements::modelRegistered)
                .on(RegistrationEvents.MODEL_STATUS_CHANGED, announcements::modelStatusChanged)
                .build(dispatcher, CONSUMER, notifier, json,
                        deadLetters(deadLetterPublisher, environment, "registrationEvents-in-0"), giveWay);
    }

    @Bean
    Consumer<Message<List<?>>> evaluationEvents(EventDispatcher dispatcher, Announcements announcements,
                                                Notifier notifier, CloudEventJson json,
                                                RecordPublisher deadLetterPublisher, Environment environment,
                                                GiveWay giveWay) {
        return NoticeBatches.builder()
                .on(EvaluationEvents.REVIEW_DECIDED, announcements::reviewDecided)
                .on(EvaluationEvents.SELF_ASSESSMENT_OVERDUE, announcements::selfAssessmentOverdue)
                .on(EvaluationEvents.DEADLINE_APPROACHING, announcements::deadlineApproaching)
                .on(EvaluationEvents.INSPECTION_PLAN_PUBLISHED, announcements::inspectionPlanPublished)
                .on(EvaluationEvents.MODEL_EVALUATED, announcements::modelEvaluated)
                .build(dispatcher, CONSUMER, notifier, json,
                        deadLetters(deadLetterPublisher, environment, "evaluationEvents-in-0"), giveWay);
    }

    /** award-service's events, read by their type names (see {@link AwardFacts}). */
    @Bean
    Consumer<Message<List<?>>> awardEvents(EventDispatcher dispatcher, Announcements announcements,
                                           Notifier notifier, CloudEventJson json,
                                           RecordPublisher deadLetterPublisher, Environment environment,
                                           GiveWay giveWay) {
        return NoticeBatches.builder()
                .on(AwardFacts.PROPOSAL_SUBMITTED, announcements::proposalSubmitted)
                .on(AwardFacts.PROPOSAL_RETURNED, announcements::proposalReturned)
                .on(AwardFacts.DECIDED, announcements::proposalDecided)
                .build(dispatcher, CONSUMER, notifier, json,
                        deadLetters(deadLetterPublisher, environment, "awardEvents-in-0"), giveWay);
    }

    /**
     * Where reporting of this scope stands on the topics notices are made from, as the bindings name them (with
     * their mirrored copies); never known, so never waited for, when the give-way group is blank.
     */
    @Bean
    ReportingProgress reportingProgress(NotificationProperties properties, DvkProperties dvk,
                                        Environment environment, Clock clock) {
        String group = properties.giveWay().group();
        if (group.isEmpty()) {
            return Optional::empty;
        }
        Set<String> topics = NOTICE_INPUTS.stream()
                .map(binding -> environment.getRequiredProperty("spring.cloud.stream.bindings." + binding
                        + ".destination"))
                .flatMap(destinations -> Arrays.stream(destinations.split(",")))
                .map(String::strip).collect(Collectors.toSet());
        return new KafkaReportingProgress(dvk.kafka().clientProperties(), group, topics, clock);
    }

    @Bean
    GiveWay giveWay(ReportingProgress reporting, NotificationProperties properties, Clock clock) {
        NotificationProperties.GiveWay settings = properties.giveWay();
        return new GiveWay(reporting, new GiveWay.Rule(settings.behind(), settings.longestWait(),
                settings.stalledAfter()), clock, duration -> Thread.sleep(duration.toMillis()));
    }

    /** The producer that parks the poison records of the three inputs, with the acknowledgement of every replica. */
    @Bean
    RecordPublisher deadLetterPublisher(DvkProperties properties,
            @Value("${spring.cloud.stream.kafka.binder.min-partition-count}") int partitions,
            @Value("${spring.cloud.stream.kafka.binder.replication-factor}") short replication) {
        return new KafkaRecordPublisher(properties.kafka().clientProperties(), "notification-dead-letters",
                Duration.ZERO, 16_384, partitions, replication);
    }

    /**
     * A batch that fails as a whole (the store away) is delivered again every second until it is told: it is
     * replay-safe, and skipping it would lose its notices. Poison records never reach it: the batch parks them.
     */
    @Bean
    DefaultErrorHandler noticeBatchRetries() {
        return new DefaultErrorHandler(new FixedBackOff(1_000, FixedBackOff.UNLIMITED_ATTEMPTS));
    }

    /** The topic the binder's dead-letter queue would use for the binding: {@code error.<topic>.<group>}. */
    private static DeadLetterTopic deadLetters(RecordPublisher publisher, Environment environment, String binding) {
        String prefix = "spring.cloud.stream.bindings." + binding + ".";
        return new DeadLetterTopic(publisher, "error." + environment.getRequiredProperty(prefix + "destination")
                + "." + environment.getRequiredProperty(prefix + "group"));
    }
}
