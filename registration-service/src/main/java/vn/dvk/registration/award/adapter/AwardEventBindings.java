package vn.dvk.registration.award.adapter;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.registration.award.application.CommendationHandler;

/** The decisions of award-service ({@code dvk.award}) shown on the models they rest on. */
@Configuration(proxyBeanMethods = false)
class AwardEventBindings {

    @Bean
    Consumer<Message<byte[]>> awardEvents(EventDispatcher dispatcher, CommendationHandler handler) {
        return dispatcher.consumer("registration").on(AwardEvents.DECIDED, handler::onDecided).build();
    }
}
