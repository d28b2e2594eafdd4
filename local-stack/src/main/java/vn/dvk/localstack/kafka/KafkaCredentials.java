package vn.dvk.localstack.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A principal's name and password on the broker, and the client settings that log in with them over SASL: SCRAM for
 * the services' principals (the broker keeps only salted hashes), PLAIN for the administrator, whose password the
 * broker's own configuration holds so that it can log in before any SCRAM user exists.
 */
public record KafkaCredentials(String username, String password) {

    public static final String SCRAM = "SCRAM-SHA-512";
    public static final String PLAIN = "PLAIN";

    public KafkaCredentials {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a Kafka principal needs a name and a password");
        }
    }

    /** The JAAS line of a client that logs in with the given mechanism. */
    public String jaasConfig(String mechanism) {
        String module = PLAIN.equals(mechanism) ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                : "org.apache.kafka.common.security.scram.ScramLoginModule";
        return module + " required username=\"" + quoted(username) + "\" password=\"" + quoted(password) + "\";";
    }

    /** The properties a Kafka client (producer, consumer, admin, a command-line tool) logs in with. */
    public Map<String, String> clientProperties(String mechanism) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("security.protocol", "SASL_PLAINTEXT");
        properties.put("sasl.mechanism", mechanism);
        properties.put("sasl.jaas.config", jaasConfig(mechanism));
        return properties;
    }

    /** A JAAS value is a quoted string: its quotes and backslashes are escaped. */
    static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public String toString() {
        return "KafkaCredentials[" + username + "]";
    }
}
