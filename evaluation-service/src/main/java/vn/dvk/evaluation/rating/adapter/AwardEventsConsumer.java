package vn.dvk.evaluation.rating.adapter;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.platform.person.PersonDirectoryConfiguration;
import vn.dvk.platform.person.application.PersonDirectory;

/** Follows award-service's person registry on {@code dvk.award}: ratings and titles name its persons. */
@Configuration
@Import(PersonDirectoryConfiguration.class)
public class AwardEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> awardEvents(EventDispatcher dispatcher, PersonDirectory people) {
        return PersonDirectoryConfiguration.follow(dispatcher.consumer("evaluation-people"), people).build();
    }
}
