package vn.dvk.notification.delivery.adapter;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import vn.dvk.notification.NotificationProperties;
import vn.dvk.notification.delivery.application.DeliverySweep;
import vn.dvk.notification.delivery.application.Digests;
import vn.dvk.notification.delivery.domain.RetryPolicy;
import vn.dvk.platform.config.DvkProperties;
import vn.dvk.platform.retention.Retention;
import vn.dvk.platform.scope.InstanceScope;

/** The delivery rules from the settings, and the schedules of the sweep and the daily digest. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeliveryConfiguration.class);
    private static final Duration DIGEST_CHECK = Duration.ofMinutes(1);

    @Bean
    RetryPolicy retryPolicy(NotificationProperties properties) {
        NotificationProperties.Delivery delivery = properties.delivery();
        return new RetryPolicy(delivery.firstRetry(), delivery.multiplier(), delivery.longestWait(),
                delivery.maxAttempts(), delivery.lease());
    }

    /** The lower levels' notification instances, from the consumer groups on the broker. */
    @Bean
    ConsumerGroupInstances lowerInstances(DvkProperties dvk, InstanceScope scope, Clock clock) {
        return new ConsumerGroupInstances(dvk.kafka().clientProperties(), scope, clock);
    }

    @Bean
    Digests.DigestTime digestTime(NotificationProperties properties) {
        return new Digests.DigestTime(properties.digest().time());
    }

    /**
     * A settled message's delivery log (attempts, errors) is purged {@code dvk.retention.keep.deliveries} after it
     * settled; a message still waiting has no {@code settledAt} and stays.
     */
    @Bean
    Retention deliveriesRetention() {
        return new Retention("deliveries", "deliveries", "settledAt");
    }

    /** The sweep every few seconds; the digest is checked every minute and goes out once its time has passed. */
    @Bean
    SchedulingConfigurer deliverySchedules(DeliverySweep sweep, Digests digests, NotificationProperties properties) {
        return registrar -> {
            registrar.addFixedDelayTask(() -> guarded("sweep", sweep::run), properties.delivery().sweepInterval());
            registrar.addFixedDelayTask(() -> guarded("digest", digests::run), DIGEST_CHECK);
        };
    }

    /** A store outage fails one run; the next run tries again. */
    private static void guarded(String task, Runnable run) {
        try {
            run.run();
        } catch (RuntimeException e) {
            log.warn("{} run failed, the next one tries again: {}", task, e.toString());
        }
    }
}
