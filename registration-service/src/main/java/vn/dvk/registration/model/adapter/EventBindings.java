package vn.dvk.registration.model.adapter;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.registration.model.application.DecisionHandlers;

/**
 * The input of the service: the decisions of evaluation-service ({@code dvk.evaluation}) applied to the model
 * lifecycle.
 */
@Configuration(proxyBeanMethods = false)
class EventBindings {

    @Bean
    Consumer<Message<byte[]>> evaluationEvents(EventDispatcher dispatcher, DecisionHandlers handlers) {
        return dispatcher.consumer("registration")
                .on(EvaluationEvents.REVIEW_DECIDED, handlers::onReviewDecided)
                .on(EvaluationEvents.SELF_ASSESSMENT_FILED, handlers::onSelfAssessmentFiled)
                .on(EvaluationEvents.MODEL_RECOGNITION_DECIDED, handlers::onRecognitionDecided)
                .on(EvaluationEvents.DECISION_CORRECTED, handlers::onDecisionCorrected)
                .build();
    }
}
