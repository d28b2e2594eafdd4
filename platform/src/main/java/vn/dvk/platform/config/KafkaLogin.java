package vn.dvk.platform.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/**
 * How a service logs in to Kafka: as the principal {@code DVK_KAFKA_USERNAME} with SCRAM-SHA-512, its password from
 * {@code DVK_KAFKA_PASSWORD} or the file {@code DVK_KAFKA_PASSWORD_FILE} (a mounted secret, or {@code .dvk/secrets/}
 * of {@code ./dvk}). The settings go to every client of the binder and to dvk's own clients
 * ({@code dvk.kafka.client.*}, {@link DvkProperties.Kafka#clientProperties()}); without a username there are none,
 * and the service talks to an open broker, as the tests' broker is.
 */
final class KafkaLogin {

    static final String MECHANISM = "SCRAM-SHA-512";
    private static final String BINDER_CONFIGURATION = "spring.cloud.stream.kafka.binder.configuration.";
    private static final String DVK_CLIENT = "dvk.kafka.client.";

    private KafkaLogin() {
    }

    /** The properties that make every Kafka client of the service log in; empty when no username is set. */
    static Map<String, Object> properties(PropertyResolver environment) {
        String username = environment.getProperty("dvk.kafka.username", "").strip();
        if (username.isEmpty()) {
            return Map.of();
        }
        Map<String, String> client = new LinkedHashMap<>();
        client.put("security.protocol", "SASL_PLAINTEXT");
        client.put("sasl.mechanism", MECHANISM);
        String password = Secret.password(environment, "kafka", "DVK_KAFKA", username);
        client.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + quoted(username) + "\" password=\"" + quoted(password) + "\";");
        Map<String, Object> properties = new LinkedHashMap<>();
        client.forEach((key, value) -> {
            properties.put(BINDER_CONFIGURATION + key, value);
            properties.put(DVK_CLIENT + key, value);
        });
        return properties;
    }

    /** A JAAS value is a quoted string: its quotes and backslashes are escaped. */
    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
