package vn.dvk.registration.campaign.adapter;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.registration.campaign.application.CampaignService;

/**
 * The campaigns the instances of units above this one announce on {@code dvk.registration}: reference data that
 * flows down (ADR 0018), kept so that the models of this instance's scope can be registered under them.
 */
@Configuration(proxyBeanMethods = false)
class CampaignEventBindings {

    @Bean
    Consumer<Message<byte[]>> registrationEvents(EventDispatcher dispatcher, CampaignService campaigns) {
        return dispatcher.consumer("registration")
                .on(RegistrationEvents.CAMPAIGN_PUBLISHED, event -> campaigns.follow(event.payload().campaign(),
                        event.payload().occurredAt()))
                .on(RegistrationEvents.CAMPAIGN_UPDATED, event -> campaigns.follow(event.payload().campaign(),
                        event.payload().occurredAt()))
                .build();
    }
}
