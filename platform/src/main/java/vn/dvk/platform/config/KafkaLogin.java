package vn.dvk.platform.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/**
 * How a service logs in to Kafka: as the principal {@code DVK_KAFKA_USERNAME} with SCRAM-SHA-512, its password from
 * {@code DVK_KAFKA_PASSWORD} or the file {@code DVK_KAFKA_PASSWORD_FILE} (a secret mounted by the platform, or
 * {@code .dvk/secrets/} of {@code ./dvk}). The settings go to every client of the binder and to dvk's own clients
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
        client.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + quoted(username) + "\" password=\"" + quoted(password(environment, username)) + "\";");
        Map<String, Object> properties = new LinkedHashMap<>();
        client.forEach((key, value) -> {
            properties.put(BINDER_CONFIGURATION + key, value);
            properties.put(DVK_CLIENT + key, value);
        });
        return properties;
    }

    private static String password(PropertyResolver environment, String username) {
        String password = environment.getProperty("dvk.kafka.password", "");
        String file = environment.getProperty("dvk.kafka.password-file", "").strip();
        if (!password.isEmpty()) {
            return password;
        }
        if (file.isEmpty()) {
            throw new IllegalStateException("DVK_KAFKA_USERNAME is " + username
                    + " but neither DVK_KAFKA_PASSWORD nor DVK_KAFKA_PASSWORD_FILE is set");
        }
        try {
            String fromFile = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            if (fromFile.isEmpty()) {
                throw new IllegalStateException("the Kafka password file " + file + " (DVK_KAFKA_PASSWORD_FILE) is empty");
            }
            return fromFile;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Kafka password file " + file
                    + " (DVK_KAFKA_PASSWORD_FILE): " + e.getMessage(), e);
        }
    }

    /** A JAAS value is a quoted string: its quotes and backslashes are escaped. */
    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
