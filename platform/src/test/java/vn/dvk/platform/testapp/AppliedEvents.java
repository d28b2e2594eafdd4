package vn.dvk.platform.testapp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dvk.contracts.registration.CampaignPublished;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.platform.inbox.InboundEvent;

/** Consumes model-registered and campaign-published events through the dispatcher and records what it applied; "POISON" always fails. */
@Configuration
@ConditionalOnProperty(name = "platform-test.consumer.enabled", havingValue = "true", matchIfMissing = true)
public class AppliedEvents {

    private final List<InboundEvent<ModelRegistered>> applied = new CopyOnWriteArrayList<>();
    private final List<InboundEvent<CampaignPublished>> campaigns = new CopyOnWriteArrayList<>();

    public List<InboundEvent<ModelRegistered>> applied() {
        return applied;
    }

    public List<InboundEvent<CampaignPublished>> campaigns() {
        return campaigns;
    }

    @Bean
    Consumer<Message<byte[]>> testEvents(EventDispatcher dispatcher) {
        return dispatcher.consumer("platform-test").on(RegistrationEvents.MODEL_REGISTERED, event -> {
            if ("POISON".equals(event.payload().model().name())) {
                throw new IllegalStateException("poison event " + event.id());
            }
            applied.add(event);
        }).on(RegistrationEvents.CAMPAIGN_PUBLISHED, campaigns::add).build();
    }
}
