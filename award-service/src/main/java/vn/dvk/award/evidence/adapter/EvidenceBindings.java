package vn.dvk.award.evidence.adapter;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dvk.award.evidence.application.EvidenceProjection;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.inbox.EventDispatcher;

/**
 * The inputs of award-service: models and campaigns from {@code dvk.registration}; ratings, titles and recognition
 * decisions from {@code dvk.evaluation}.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceBindings {

    @Bean
    Consumer<Message<byte[]>> registrationEvents(EventDispatcher dispatcher, EvidenceProjection projection) {
        return dispatcher.consumer("award")
                .on(RegistrationEvents.MODEL_REGISTERED, event -> projection.onModel(event.payload().model()))
                .on(RegistrationEvents.MODEL_UPDATED, event -> projection.onModel(event.payload().model()))
                .on(RegistrationEvents.MODEL_WITHDRAWN, event -> projection.onModel(event.payload().model()))
                .on(RegistrationEvents.MODEL_STATUS_CHANGED, event -> projection.onModel(event.payload().model()))
                .on(RegistrationEvents.CAMPAIGN_PUBLISHED, event -> projection.onCampaign(event.payload().campaign()))
                .on(RegistrationEvents.CAMPAIGN_UPDATED, event -> projection.onCampaign(event.payload().campaign()))
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> evaluationEvents(EventDispatcher dispatcher, EvidenceProjection projection) {
        return dispatcher.consumer("award")
                .on(EvaluationEvents.TASK_RATING_RECORDED, projection::onRating)
                .on(EvaluationEvents.TITLE_RECORDED, projection::onTitle)
                .on(EvaluationEvents.MODEL_RECOGNITION_DECIDED, projection::onRecognition)
                .build();
    }
}
