package vn.dvk.notification.delivery.adapter;

import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.notification.delivery.application.Notifier;
import vn.dvk.notification.notice.application.Announcements;
import vn.dvk.notification.notice.application.AwardFacts;
import vn.dvk.notification.notice.domain.Announcement;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.platform.inbox.InboundEvent;

/**
 * The inputs of the service: the facts of registration-, evaluation- and award-service, each turned into an
 * announcement and told to whoever it concerns. A consumer only stores messages; sending happens on the channels' own
 * workers.
 */
@Configuration(proxyBeanMethods = false)
class NoticeEventBindings {

    static final String CONSUMER = "notification";

    @Bean
    Consumer<Message<byte[]>> registrationEvents(EventDispatcher dispatcher, Announcements announcements,
                                                 Notifier notifier, CloudEventJson json) {
        return dispatcher.consumer(CONSUMER)
                .on(RegistrationEvents.MODEL_REGISTERED, tell(announcements::modelRegistered, notifier, json))
                .on(RegistrationEvents.MODEL_STATUS_CHANGED, tell(announcements::modelStatusChanged, notifier, json))
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> evaluationEvents(EventDispatcher dispatcher, Announcements announcements,
                                               Notifier notifier, CloudEventJson json) {
        return dispatcher.consumer(CONSUMER)
                .on(EvaluationEvents.REVIEW_DECIDED, tell(announcements::reviewDecided, notifier, json))
                .on(EvaluationEvents.SELF_ASSESSMENT_OVERDUE, tell(announcements::selfAssessmentOverdue, notifier,
                        json))
                .on(EvaluationEvents.DEADLINE_APPROACHING, tell(announcements::deadlineApproaching, notifier, json))
                .on(EvaluationEvents.INSPECTION_PLAN_PUBLISHED, tell(announcements::inspectionPlanPublished,
                        notifier, json))
                .on(EvaluationEvents.MODEL_EVALUATED, tell(announcements::modelEvaluated, notifier, json))
                .build();
    }

    /** award-service's events, read by their type names (see {@link AwardFacts}). */
    @Bean
    Consumer<Message<byte[]>> awardEvents(EventDispatcher dispatcher, Announcements announcements,
                                          Notifier notifier, CloudEventJson json) {
        return dispatcher.consumer(CONSUMER)
                .on(AwardFacts.PROPOSAL_SUBMITTED, tell(announcements::proposalSubmitted, notifier, json))
                .on(AwardFacts.PROPOSAL_RETURNED, tell(announcements::proposalReturned, notifier, json))
                .on(AwardFacts.DECIDED, tell(announcements::proposalDecided, notifier, json))
                .build();
    }

    private static <T> Consumer<InboundEvent<T>> tell(Function<InboundEvent<T>, Announcement> announce,
                                                      Notifier notifier, CloudEventJson json) {
        return event -> notifier.announce(announce.apply(event), () -> json.of(event));
    }
}
