package vn.dvk.platform.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * dvk's own settings. Each has an environment variable in the README: {@code DVK_SCOPE}, {@code DVK_UNITS_FILE},
 * {@code DVK_KAFKA_BROKERS}, {@code DVK_MONGO_URI}.
 *
 * @param scope      unit code of the subtree this instance serves; blank means the root of the loaded directory
 * @param unitsFile  a unit CSV to load instead of the bundled demo directory (Sơn La)
 * @param outbox     how the relay polls
 * @param web        request size limits
 * @param consumer   bounded retries before an event goes to the dead-letter topic
 */
@ConfigurationProperties("dvk")
public record DvkProperties(String scope, String unitsFile, Outbox outbox, Web web, Consumer consumer) {

    public DvkProperties {
        outbox = outbox == null ? new Outbox(null, 0) : outbox;
        web = web == null ? new Web(0, 0) : web;
        consumer = consumer == null ? new Consumer(0) : consumer;
    }

    /** Relay polling. */
    public record Outbox(Duration pollInterval, int batchSize) {
        public Outbox {
            pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
            batchSize = batchSize <= 0 ? 200 : batchSize;
        }
    }

    /** Largest accepted request bodies. */
    public record Web(long maxJsonBytes, long maxMultipartBytes) {
        public Web {
            maxJsonBytes = maxJsonBytes <= 0 ? 1_048_576 : maxJsonBytes;
            maxMultipartBytes = maxMultipartBytes <= 0 ? 20_971_520 : maxMultipartBytes;
        }
    }

    /** Consumer retries; must match {@code spring.cloud.stream.default.consumer.max-attempts}. */
    public record Consumer(int maxAttempts) {
        public Consumer {
            maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
        }
    }
}
