package vn.dvk.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docker-compose sets up the broker's users and ACLs with {@code docker/kafka-access.sh}, written from
 * {@link KafkaAccess}, and runs MirrorMaker 2 (profile district) with {@code docker/mirror-maker.sh}, written from
 * {@link KafkaMirror}. After a change write them again (after {@code ./mvnw -q -pl local-stack -DskipTests package}):
 * {@code java -cp 'local-stack/target/local-stack.jar:local-stack/target/lib/*'
 * vn.dvk.localstack.kafka.KafkaAccessScript docker/kafka-access.sh} and the same with
 * {@code vn.dvk.localstack.kafka.KafkaMirrorScript docker/mirror-maker.sh}.
 */
class KafkaAccessScriptTest {

    @Test
    void theComposeScriptIsWrittenFromTheDeclaration() throws IOException {
        Path script = Path.of("").toAbsolutePath().getParent().resolve("docker/kafka-access.sh");

        assertThat(Files.readString(script)).isEqualTo(KafkaAccessScript.render());
    }

    @Test
    void theComposeMirrorMakerScriptIsWrittenFromKafkaMirror() throws IOException {
        Path script = Path.of("").toAbsolutePath().getParent().resolve("docker/mirror-maker.sh");

        assertThat(Files.readString(script)).isEqualTo(KafkaMirrorScript.render());
        assertThat(KafkaMirrorScript.render())
                .contains("password=$(tr -d '\\n' < /run/secrets/kafka-mirror-maker)")
                .contains("d124->p14.topics=dvk\\\\\\\\.identity,")
                .contains("p14->d124.topics=dvk\\\\\\\\.registration,dvk\\\\\\\\.evaluation")
                .contains("username=\"mirror-maker\" password=\"$password\"")
                .endsWith("exec /opt/kafka/bin/connect-mirror-maker.sh /tmp/mm2.properties\n");
    }

    @Test
    void onAMirroredClusterTheScriptAlsoGrantsTheCopiesAndMirrorMakersAcls() {
        assertThat(KafkaAccessScript.render())
                .contains("mirrored_from=${DVK_KAFKA_MIRRORED_FROM:-}")
                .contains("  topic ${alias}.dvk.registration")
                .contains("  allow reporting-service --operation Read --operation Describe --topic"
                        + " ${alias}.dvk.registration")
                .contains("  user mirror-maker")
                .contains("    allow mirror-maker --operation Create --operation Read --operation Write"
                        + " --operation Describe --operation DescribeConfigs --operation AlterConfigs --topic"
                        + " ${alias}. --resource-pattern-type prefixed")
                .contains("    allow mirror-maker --operation Read --operation Describe --group ${alias}-mm2");
    }

    @Test
    void notificationServiceMayDescribeReportingsGroupsToGiveWayToThem() {
        assertThat(KafkaAccessScript.render())
                .contains("allow notification-service --operation Describe --group reporting-"
                        + " --resource-pattern-type prefixed")
                .doesNotContain("allow notification-service --operation Read --group reporting-");
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
