package vn.dvk.notification.notice.adapter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvk.notification.NotificationProperties;
import vn.dvk.notification.notice.domain.Portal;

/** The portal every message links to ({@code DVK_PORTAL_URL}). */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    @Bean
    Portal portal(NotificationProperties properties) {
        return new Portal(properties.portalUrl());
    }
}
