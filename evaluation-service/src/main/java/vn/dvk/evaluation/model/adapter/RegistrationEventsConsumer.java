package vn.dvk.evaluation.model.adapter;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.evaluation.campaign.application.KnownCampaigns;
import vn.dvk.evaluation.model.application.KnownModels;
import vn.dvk.platform.inbox.EventDispatcher;

/**
 * Follows registration-service's model and campaign events on {@code dvk.registration} into the local model and
 * campaign views.
 */
@Configuration
public class RegistrationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> registrationEvents(EventDispatcher dispatcher, KnownModels models,
                                                 KnownCampaigns campaigns) {
        return dispatcher.consumer("evaluation-models")
                .on(RegistrationEvents.MODEL_REGISTERED, event -> models.apply(event.payload().model()))
                .on(RegistrationEvents.MODEL_UPDATED, event -> models.apply(event.payload().model()))
                .on(RegistrationEvents.MODEL_WITHDRAWN, event -> models.apply(event.payload().model()))
                .on(RegistrationEvents.MODEL_STATUS_CHANGED, event -> models.apply(event.payload().model()))
                .on(RegistrationEvents.CAMPAIGN_PUBLISHED, event -> campaigns.apply(event.payload().campaign()))
                .on(RegistrationEvents.CAMPAIGN_UPDATED, event -> campaigns.apply(event.payload().campaign()))
                .build();
    }
}
