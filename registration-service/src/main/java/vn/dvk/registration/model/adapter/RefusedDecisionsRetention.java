package vn.dvk.registration.model.adapter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvk.platform.retention.Retention;

/** Refused decision events stay listed on their model for {@code dvk.retention.keep.rejected-events}, then go. */
@Configuration(proxyBeanMethods = false)
class RefusedDecisionsRetention {

    @Bean
    Retention rejectedEventsRetention() {
        return new Retention("rejected-events", "rejected_events", "rejectedAt");
    }
}
