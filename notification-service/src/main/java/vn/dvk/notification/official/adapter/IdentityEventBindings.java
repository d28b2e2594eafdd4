package vn.dvk.notification.official.adapter;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dvk.contracts.identity.IdentityEvents;
import vn.dvk.notification.official.application.OfficialDirectory;
import vn.dvk.platform.inbox.EventDispatcher;

/** The officials identity-service announces on {@code dvk.identity}: whom this service may write to. */
@Configuration(proxyBeanMethods = false)
class IdentityEventBindings {

    @Bean
    Consumer<Message<byte[]>> identityEvents(EventDispatcher dispatcher, OfficialDirectory officials) {
        return dispatcher.consumer("notification-officials")
                .on(IdentityEvents.OFFICIAL_REGISTERED, officials::onRegistered)
                .on(IdentityEvents.OFFICIAL_UPDATED, officials::onUpdated)
                .build();
    }
}
