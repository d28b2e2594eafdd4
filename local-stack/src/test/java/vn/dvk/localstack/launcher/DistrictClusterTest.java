package vn.dvk.localstack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvk.localstack.kafka.KafkaAccess;

class DistrictClusterTest {

    @TempDir
    Path dir;

    private Layout province() {
        return new Layout(Repository.root(), dir.resolve(".dvk"), Layout.HOST, StackComponents.all(), "./dvk",
                Map.of());
    }

    @Test
    void aDistrictRunsItsBrokerMirrorMakerAndThreeServicesOnTheProvincesPortsShifted() {
        Layout district = DistrictCluster.of(province(), "124").layout();

        assertThat(district.home()).isEqualTo(dir.resolve(".dvk").resolve("district-124"));
        assertThat(district.components()).extracting(Component::name).containsExactly("kafka", "mirror-maker",
                "registration-service", "evaluation-service", "reporting-service");
        assertThat(district.kafka().orElseThrow().ports()).containsExactly(9192, 9193);
        assertThat(district.component("mirror-maker").orElseThrow().port()).isEqualTo(9194);
        assertThat(district.component("registration-service").orElseThrow().port()).isEqualTo(8181);
        assertThat(district.component("evaluation-service").orElseThrow().port()).isEqualTo(8182);
        assertThat(district.component("reporting-service").orElseThrow().port()).isEqualTo(8184);
        assertThat(district.infrastructure()).extracting(Component::kind)
                .containsExactly(Component.Kind.KAFKA, Component.Kind.MIRROR_MAKER);
    }

    @Test
    void itsServicesServeTheDistrict() {
        DistrictCluster district = DistrictCluster.of(province(), "124");

        assertThat(district.serviceEnvironment()).containsExactly(Map.entry("DVK_SCOPE", "124"));
        assertThat(district.alias()).isEqualTo("d124");
    }

    @Test
    void mirrorMakerJoinsTheTwoClustersWithTheProvincesPasswordsAndListensOnItsPort() throws IOException {
        DistrictCluster district = DistrictCluster.of(province(), "124");
        Properties properties = new Properties();
        properties.load(new StringReader(district.mirror().properties()));

        assertThat(properties.getProperty("clusters")).isEqualTo("p14,d124");
        assertThat(properties.getProperty("p14.bootstrap.servers")).isEqualTo("127.0.0.1:9092");
        assertThat(properties.getProperty("d124.bootstrap.servers")).isEqualTo("127.0.0.1:9192");
        assertThat(properties.getProperty("listeners")).isEqualTo("http://127.0.0.1:9194");
        assertThat(properties.getProperty("d124.sasl.jaas.config")).contains(
                province().secrets().credentials(KafkaAccess.MIRROR_MAKER).password());
        assertThat(district.mirror().configuration())
                .isEqualTo(dir.resolve(".dvk").resolve("district-124").resolve("mirror-maker").resolve("mm2.properties"));
    }
}
