package vn.dvk.platform.person;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.platform.person.adapter.MongoKnownPeople;
import vn.dvk.platform.person.application.PersonDirectory;

/**
 * The local copy of award-service's person registry, for a service whose records refer to persons: a service imports
 * this configuration and adds {@link #follow} to the consumer it binds to {@code dvk.award}.
 */
@Configuration(proxyBeanMethods = false)
public class PersonDirectoryConfiguration {

    @Bean
    MongoKnownPeople knownPeople(MongoTemplate mongo) {
        return new MongoKnownPeople(mongo);
    }

    @Bean
    PersonDirectory personDirectory(MongoKnownPeople knownPeople) {
        return new PersonDirectory(knownPeople);
    }

    /** Adds the person events to a consumer of {@code dvk.award}. */
    public static EventDispatcher.Builder follow(EventDispatcher.Builder consumer, PersonDirectory directory) {
        return consumer.on(AwardEvents.PERSON_REGISTERED, event -> directory.apply(event.payload().person()))
                .on(AwardEvents.PERSON_UPDATED, event -> directory.apply(event.payload().person()));
    }
}
