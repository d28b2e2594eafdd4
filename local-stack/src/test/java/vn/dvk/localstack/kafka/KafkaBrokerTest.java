package vn.dvk.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path dir;

    @Test
    void theConfigurationIsOneNodeThatIsBrokerAndControllerOnTheGivenPorts() throws IOException {
        KafkaBroker broker = new KafkaBroker(dir, "127.0.0.1", 19092, 19093);

        Properties properties = new Properties();
        properties.load(new StringReader(broker.serverProperties()));

        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("controller.quorum.bootstrap.servers", "127.0.0.1:19093")
                .containsEntry("log.dirs", dir.toAbsolutePath().resolve("data").toString())
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("log.retention.ms", "-1");
        assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:19092");
    }

    @Test
    void aWindowsPathKeepsItsBackslashesInTheProperties() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader("log.dirs=" + KafkaBroker.propertiesValue("C:\\Users\\xa\\.dvk\\kafka")));

        assertThat(properties.getProperty("log.dirs")).isEqualTo("C:\\Users\\xa\\.dvk\\kafka");
    }

    @Test
    void writingTheConfigurationLeavesTheStorageUnformatted() {
        KafkaBroker broker = new KafkaBroker(dir, "127.0.0.1", 19092, 19093);

        broker.writeConfiguration();

        assertThat(broker.configuration()).isRegularFile();
        assertThat(broker.dataDirectory()).isDirectory();
        assertThat(broker.isFormatted()).isFalse();
    }

    @RepeatedTest(20)
    void aClusterIdIsSixteenBytesOfUrlSafeBase64NotStartingWithADash() {
        assertThat(KafkaBroker.newClusterId()).matches("[A-Za-z0-9_][A-Za-z0-9_-]{21}");
    }
}
