package vn.dvk.evaluation.inspection.adapter;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.evaluation.inspection.application.InspectionPlanService;
import vn.dvk.platform.inbox.EventDispatcher;

/**
 * Follows the inspection plans on {@code dvk.evaluation} that units above this instance's scope issued on their own
 * instances, so that the units here see the plans that target them (ADR 0018).
 */
@Configuration
public class EvaluationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> evaluationEvents(EventDispatcher dispatcher, InspectionPlanService plans) {
        return dispatcher.consumer("evaluation-plans")
                .on(EvaluationEvents.INSPECTION_PLAN_PUBLISHED, event -> plans.follow(event.payload()))
                .build();
    }
}
