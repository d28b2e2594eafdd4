package vn.dvk.evaluation.model.adapter;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.evaluation.model.application.KnownModels;
import vn.dvk.platform.inbox.EventDispatcher;

/** Follows registration-service's model events on {@code dvk.registration} into the local model view. */
@Configuration
public class RegistrationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> registrationEvents(EventDispatcher dispatcher, KnownModels models) {
        return dispatcher.consumer("evaluation-models")
                .on(RegistrationEvents.MODEL_REGISTERED, event -> models.apply(event.payload().model()))
                .on(RegistrationEvents.MODEL_UPDATED, event -> models.apply(event.payload().model()))
                .on(RegistrationEvents.MODEL_WITHDRAWN, event -> models.apply(event.payload().model()))
                .on(RegistrationEvents.MODEL_STATUS_CHANGED, event -> models.apply(event.payload().model()))
                .build();
    }
}
