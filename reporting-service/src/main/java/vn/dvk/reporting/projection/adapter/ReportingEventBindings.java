package vn.dvk.reporting.projection.adapter;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dvk.contracts.events.Topics;
import vn.dvk.reporting.projection.application.ProjectionGate;

/** The Spring Cloud Stream inputs of the three topics, each passing through the rebuild gate. */
@Configuration(proxyBeanMethods = false)
public class ReportingEventBindings {

    @Bean
    Consumer<Message<byte[]>> registrationEvents(ProjectionConsumers consumers, ProjectionGate gate) {
        Consumer<Message<byte[]>> consumer = consumers.forTopic(Topics.REGISTRATION);
        return message -> gate.live(() -> consumer.accept(message));
    }

    @Bean
    Consumer<Message<byte[]>> evaluationEvents(ProjectionConsumers consumers, ProjectionGate gate) {
        Consumer<Message<byte[]>> consumer = consumers.forTopic(Topics.EVALUATION);
        return message -> gate.live(() -> consumer.accept(message));
    }

    @Bean
    Consumer<Message<byte[]>> awardEvents(ProjectionConsumers consumers, ProjectionGate gate) {
        Consumer<Message<byte[]>> consumer = consumers.forTopic(Topics.AWARD);
        return message -> gate.live(() -> consumer.accept(message));
    }
}
