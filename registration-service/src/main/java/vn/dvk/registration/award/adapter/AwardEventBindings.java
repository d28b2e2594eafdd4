package vn.dvk.registration.award.adapter;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.platform.person.PersonDirectoryConfiguration;
import vn.dvk.platform.person.application.PersonDirectory;
import vn.dvk.registration.award.application.CommendationHandler;

/**
 * The decisions of award-service ({@code dvk.award}) shown on the models they rest on, and its person registry, to
 * which a model's individual owner may refer.
 */
@Configuration(proxyBeanMethods = false)
@Import(PersonDirectoryConfiguration.class)
class AwardEventBindings {

    @Bean
    Consumer<Message<byte[]>> awardEvents(EventDispatcher dispatcher, CommendationHandler handler,
                                          PersonDirectory people) {
        return PersonDirectoryConfiguration.follow(dispatcher.consumer("registration")
                .on(AwardEvents.DECIDED, handler::onDecided), people).build();
    }
}
