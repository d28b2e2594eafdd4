package vn.dvk.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class KafkaLoginTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"evaluation-service\" password=\"s3cret\";";

    @TempDir
    Path dir;

    @Test
    void withoutAUsernameTheServiceTalksToAnOpenBroker() {
        assertThat(KafkaLogin.properties(new MockEnvironment())).isEmpty();
    }

    @Test
    void thePasswordFileGivesEveryClientOfTheBinderAndOfDvkTheSameScramLogin() throws IOException {
        Path file = Files.writeString(dir.resolve("kafka-evaluation-service"), "s3cret\n");
        MockEnvironment environment = new MockEnvironment()
                .withProperty("dvk.kafka.username", "evaluation-service")
                .withProperty("dvk.kafka.password-file", file.toString());

        Map<String, Object> properties = KafkaLogin.properties(environment);

        assertThat(properties)
                .containsEntry("spring.cloud.stream.kafka.binder.configuration.security.protocol", "SASL_PLAINTEXT")
                .containsEntry("spring.cloud.stream.kafka.binder.configuration.sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("spring.cloud.stream.kafka.binder.configuration.sasl.jaas.config", JAAS)
                .containsEntry("dvk.kafka.client.security.protocol", "SASL_PLAINTEXT")
                .containsEntry("dvk.kafka.client.sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("dvk.kafka.client.sasl.jaas.config", JAAS);
    }

    @Test
    void aPasswordInTheEnvironmentWinsOverTheFileAndItsQuotesAreEscaped() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("dvk.kafka.username", "evaluation-service")
                .withProperty("dvk.kafka.password", "a\"b")
                .withProperty("dvk.kafka.password-file", dir.resolve("missing").toString());

        assertThat(KafkaLogin.properties(environment).get("dvk.kafka.client.sasl.jaas.config"))
                .asString().contains("password=\"a\\\"b\"");
    }

    @Test
    void aUsernameWithoutAPasswordStopsTheStartWithTheVariablesToSet() {
        MockEnvironment environment = new MockEnvironment().withProperty("dvk.kafka.username", "evaluation-service");

        assertThatThrownBy(() -> KafkaLogin.properties(environment))
                .hasMessageContaining("DVK_KAFKA_PASSWORD").hasMessageContaining("DVK_KAFKA_PASSWORD_FILE");
    }

    @Test
    void theClientPropertiesOfDvkNameTheBrokersAndTheLogin() {
        DvkProperties.Kafka kafka = new DvkProperties.Kafka("127.0.0.1:9092",
                Map.of("security.protocol", "SASL_PLAINTEXT"), null);

        assertThat(kafka.clientProperties()).containsEntry("bootstrap.servers", "127.0.0.1:9092")
                .containsEntry("security.protocol", "SASL_PLAINTEXT");
    }
}
