package vn.dvk.portal.shared.adapter;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock pages read "this year" and "today" from: Vietnam's time zone. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(Formats.ZONE);
    }
}
