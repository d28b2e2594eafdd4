package vn.dvk.platform.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * dvk's own settings. Each has an environment variable in the README: {@code DVK_SCOPE}, {@code DVK_UNITS_FILE},
 * {@code DVK_KAFKA_BROKERS}, {@code DVK_MONGO_URI}.
 *
 * @param scope      unit code of the subtree this instance serves; blank means the root of the loaded directory
 * @param unitsFile  a unit CSV to load instead of the bundled demo directory (Sơn La)
 * @param outbox     how the relay sweeps, batches and shares its lease
 * @param web        request size limits
 * @param consumer   bounded retries before an event goes to the dead-letter topic
 * @param kafka      the brokers ({@code DVK_KAFKA_BROKERS})
 * @param idempotency how long an unfinished {@code Idempotency-Key} request holds its key
 * @param oidc       the OIDC provider whose access tokens the service accepts ({@code DVK_OIDC_ISSUER})
 * @param streams    how many Server-Sent-Event streams one official may hold open, and for how long one may idle
 * @param retention  how often and after how long records kept only for a while are purged
 */
@ConfigurationProperties("dvk")
public record DvkProperties(String scope, String unitsFile, Outbox outbox, Web web, Consumer consumer, Kafka kafka,
                            Idempotency idempotency, Oidc oidc, Streams streams, Retention retention) {

    public DvkProperties {
        outbox = outbox == null ? new Outbox(null, 0, null, 0, null, null) : outbox;
        web = web == null ? new Web(0, 0) : web;
        consumer = consumer == null ? new Consumer(0) : consumer;
        kafka = kafka == null ? new Kafka(null, null, null) : kafka;
        idempotency = idempotency == null ? new Idempotency(null) : idempotency;
        oidc = oidc == null ? new Oidc(null, null, null, null) : oidc;
        streams = streams == null ? new Streams(0, null) : streams;
        retention = retention == null ? new Retention(null, null) : retention;
    }

    /**
     * Records kept only for a while ({@code vn.dvk.platform.retention}): every {@code interval} the documents older
     * than {@code keep.<setting>} are purged. The durations of the platform's and the services' records are set in
     * {@code dvk-platform-defaults.properties}.
     */
    public record Retention(Duration interval, Map<String, Duration> keep) {
        public Retention {
            interval = interval == null ? Duration.ofHours(1) : interval;
            keep = keep == null ? Map.of() : Map.copyOf(keep);
        }
    }

    /**
     * Server-Sent-Event streams: one official holds at most {@code maxPerCaller} open at once (a few browser tabs),
     * and a stream on which nothing was sent for {@code idleTimeout} is closed (the page reconnects).
     */
    public record Streams(int maxPerCaller, Duration idleTimeout) {
        public Streams {
            maxPerCaller = maxPerCaller <= 0 ? 5 : maxPerCaller;
            idleTimeout = idleTimeout == null ? Duration.ofMinutes(5) : idleTimeout;
        }
    }

    /**
     * The OIDC provider: tokens must come from {@code issuer} (its keys found by discovery, or at {@code jwkSetUri}
     * when given), name {@code audience} among their audiences, and be valid within {@code clockSkew}.
     */
    public record Oidc(String issuer, String audience, String jwkSetUri, Duration clockSkew) {
        public Oidc {
            issuer = issuer == null || issuer.isBlank() ? "http://127.0.0.1:8080" : issuer.strip();
            audience = audience == null || audience.isBlank() ? "dvk" : audience.strip();
            clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        }
    }

    /**
     * Kafka bootstrap servers (the default sits in {@code dvk-platform-defaults.properties}, beside the binder's) and
     * the settings with which a client logs in ({@code client}, from {@code DVK_KAFKA_USERNAME} and its password by
     * {@code KafkaLogin}; empty for an open broker) and the aliases of the clusters mirrored into this one
     * ({@code mirroredFrom}, {@code DVK_KAFKA_MIRRORED_FROM}: {@link MirroredInputs}).
     */
    public record Kafka(String brokers, Map<String, String> client, String mirroredFrom) {
        public Kafka {
            client = client == null ? Map.of() : Map.copyOf(client);
        }

        /** A topic and its copies mirrored into this cluster ({@code DVK_KAFKA_MIRRORED_FROM}, ADR 0022). */
        public List<String> withMirrors(String topic) {
            return MirroredInputs.topics(topic, MirroredInputs.aliases(mirroredFrom));
        }

        /** What a Kafka client of dvk's own (health, replay) is created with: the brokers and the login. */
        public Map<String, Object> clientProperties() {
            Map<String, Object> properties = new LinkedHashMap<>(client);
            properties.put("bootstrap.servers", brokers);
            return properties;
        }
    }

    /**
     * A request keyed by {@code Idempotency-Key} that has not finished within {@code lease} is taken to have died
     * with its process; a retry with the same key then runs it again.
     */
    public record Idempotency(Duration lease) {
        public Idempotency {
            lease = lease == null ? Duration.ofSeconds(30) : lease;
        }
    }

    /**
     * The outbox relay (ADR 0020): new events are relayed as soon as their write is signalled; {@code pollInterval}
     * is the recovery sweep that finds what signals missed; at most {@code batchSize} documents are loaded per batch;
     * the producer waits up to {@code linger} to fill a batch of up to {@code batchBytes} per partition; one replica
     * relays while it holds the {@code lease}; the backlog gauge is counted every {@code backlogInterval}.
     */
    public record Outbox(Duration pollInterval, int batchSize, Duration linger, int batchBytes, Duration lease,
                         Duration backlogInterval) {
        public Outbox {
            pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
            batchSize = batchSize <= 0 ? 500 : batchSize;
            linger = linger == null ? Duration.ofMillis(5) : linger;
            batchBytes = batchBytes <= 0 ? 256 * 1024 : batchBytes;
            lease = lease == null ? Duration.ofSeconds(15) : lease;
            backlogInterval = backlogInterval == null ? Duration.ofSeconds(30) : backlogInterval;
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
