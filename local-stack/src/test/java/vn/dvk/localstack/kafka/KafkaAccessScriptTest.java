package vn.dvk.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docker-compose sets up the broker's users and ACLs with {@code docker/kafka-access.sh}, written from
 * {@link KafkaAccess}. After a change of the declaration write it again (after {@code ./mvnw -q -pl local-stack
 * -DskipTests package}): {@code java -cp 'local-stack/target/local-stack.jar:local-stack/target/lib/*'
 * vn.dvk.localstack.kafka.KafkaAccessScript docker/kafka-access.sh}.
 */
class KafkaAccessScriptTest {

    @Test
    void theComposeScriptIsWrittenFromTheDeclaration() throws IOException {
        Path script = Path.of("").toAbsolutePath().getParent().resolve("docker/kafka-access.sh");

        assertThat(Files.readString(script)).isEqualTo(KafkaAccessScript.render());
    }

    @Test
    void theScriptGrantsEachServiceItsOwnTopicAndItsInputs() {
        assertThat(KafkaAccessScript.render())
                .contains("topic dvk.registration")
                .contains("user evaluation-service")
                .contains("allow evaluation-service --operation Read --operation Describe --topic dvk.registration")
                .contains("allow evaluation-service --operation Write --operation Describe --operation Read --topic"
                        + " dvk.evaluation")
                .contains("allow evaluation-service --operation Read --group evaluation- --resource-pattern-type"
                        + " prefixed")
                .doesNotContain("allow evaluation-service --operation Write --operation Describe --topic"
                        + " dvk.registration");
    }
}
