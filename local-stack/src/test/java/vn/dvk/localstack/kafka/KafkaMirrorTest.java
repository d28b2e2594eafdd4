package vn.dvk.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvk.localstack.secrets.StackSecrets;

class KafkaMirrorTest {

    @TempDir
    Path dir;

    @Test
    void mirror_maker_is_started_once_its_log_says_so_after_this_launch_not_when_an_earlier_run_did()
            throws IOException {
        Path log = dir.resolve("mirror-maker.log");
        Files.writeString(log, "earlier run\n" + KafkaMirror.STARTED + "\n... stopped\n");
        long sizeAtLaunch = Files.size(log);
        Files.writeString(log, "RestServer - REST server listening at http://127.0.0.1:9194/\n",
                StandardOpenOption.APPEND);

        assertThat(KafkaMirror.startedSince(log, sizeAtLaunch)).isFalse();
        Files.writeString(log, "MirrorMaker - " + KafkaMirror.STARTED + "\n",
                StandardOpenOption.APPEND);
        assertThat(KafkaMirror.startedSince(log, sizeAtLaunch)).isTrue();
        assertThat(KafkaMirror.startedSince(dir.resolve("absent.log"), 0)).isFalse();
    }

    @Test
    void districtsAreMirroredUpWholeAndReceiveTheProvincesReferenceDataTopics() throws IOException {
        KafkaMirror mirror = KafkaMirror.between(dir, new KafkaMirror.Cluster("p14", "127.0.0.1:9092"),
                List.of(new KafkaMirror.Cluster("d124", "127.0.0.1:9094"),
                        new KafkaMirror.Cluster("d125", "127.0.0.1:9096")));

        Properties properties = read(mirror.properties());

        assertThat(properties.getProperty("clusters")).isEqualTo("p14,d124,d125");
        assertThat(properties.getProperty("d124.bootstrap.servers")).isEqualTo("127.0.0.1:9094");
        assertThat(properties.getProperty("d124->p14.enabled")).isEqualTo("true");
        assertThat(copied(properties.getProperty("d125->p14.topics")))
                .containsExactlyElementsOf(KafkaAccess.topics());
        assertThat(copied(properties.getProperty("p14->d124.topics")))
                .containsExactly("dvk.registration", "dvk.evaluation");
        assertThat(properties.getProperty("d124->d125.enabled")).isNull();
        assertThat(properties.getProperty("plugin.discovery")).isEqualTo("service_load");
        assertThat(mirror.mirroredIntoUpper()).containsExactly("d124", "d125");
        assertThat(mirror.mirroredIntoLower()).containsExactly("p14");
        assertThat(properties.getProperty("dedicated.mode.enable.internal.rest")).isNull();
    }

    @Test
    void listeningOnAPortItBringsUpItsInternalRestServerThere() throws IOException {
        KafkaMirror mirror = KafkaMirror.between(dir, new KafkaMirror.Cluster("p14", "127.0.0.1:9092"),
                List.of(new KafkaMirror.Cluster("d124", "127.0.0.1:9192"))).listeningOn("127.0.0.1", 9194);

        Properties properties = read(mirror.properties());

        assertThat(properties.getProperty("dedicated.mode.enable.internal.rest")).isEqualTo("true");
        assertThat(properties.getProperty("listeners")).isEqualTo("http://127.0.0.1:9194");
        assertThat(properties.getProperty("d124->p14.enabled")).isEqualTo("true");
    }

    @Test
    void onSecuredClustersItLogsInAsItsOwnPrincipalFromAnOwnerOnlyFile() throws IOException {
        StackSecrets secrets = new StackSecrets(dir.resolve("secrets"));
        KafkaMirror mirror = KafkaMirror.secured(dir.resolve("mm2"), new KafkaMirror.Cluster("p14", "127.0.0.1:9092"),
                List.of(new KafkaMirror.Cluster("d124", "127.0.0.1:9094")), secrets);

        Properties properties = read(mirror.properties());

        for (String alias : List.of("p14", "d124")) {
            assertThat(properties.getProperty(alias + ".sasl.mechanism")).isEqualTo(KafkaCredentials.SCRAM);
            assertThat(properties.getProperty(alias + ".sasl.jaas.config"))
                    .contains("username=\"" + KafkaAccess.MIRROR_MAKER + "\"")
                    .contains(secrets.credentials(KafkaAccess.MIRROR_MAKER).password());
        }
    }

    @Test
    void anAliasThatWouldMakeAnAmbiguousTopicNameIsRefused() {
        assertThatThrownBy(() -> new KafkaMirror.Cluster("d.124", "127.0.0.1:9094"))
                .hasMessageContaining("d.124");
    }

    /** The topics a flow's list of regular expressions matches, among the event topics. */
    private static List<String> copied(String regularExpressions) {
        List<Pattern> patterns = List.of(regularExpressions.split(",")).stream().map(Pattern::compile).toList();
        return KafkaAccess.topics().stream()
                .filter(topic -> patterns.stream().anyMatch(pattern -> pattern.matcher(topic).matches())).toList();
    }

    private static Properties read(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
