package vn.dvk.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.dvk.localstack.kafka.KafkaAccess;
import vn.dvk.localstack.kafka.KafkaAccessScript;
import vn.dvk.localstack.launcher.StackComponents;

/**
 * Docker is not available where the build runs, so docker-compose.yml is checked here against the public contract
 * (docs/api-contract.md) and the repository layout instead of by starting it.
 */
class DockerComposeConsistencyTest {

    private static Path root;
    private static Map<String, Object> compose;
    private static Map<String, Object> services;
    private static Map<String, Object> volumes;

    @BeforeAll
    static void parse() throws IOException {
        root = repositoryRoot();
        try (Reader reader = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            services = map(compose.get("services"));
            volumes = map(compose.get("volumes"));
        }
    }

    @Test
    void kafkaIsTheApacheImageInKraftModeWithAHealthcheckAndAVolume() {
        Map<String, Object> kafka = map(services.get("kafka"));
        assertThat(kafka.get("image")).isEqualTo("apache/kafka:4.1.2");
        Map<String, String> env = environment(kafka);
        assertThat(env.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(env.get("KAFKA_ADVERTISED_LISTENERS")).contains("PLAINTEXT://kafka:9092");
        assertThat(env).containsKey("CLUSTER_ID");
        assertThat(String.join(" ", healthcheck(kafka))).contains("/opt/kafka/bin/kafka-topics.sh");
        assertNamedVolume(kafka, "/var/lib/kafka/data");
    }

    @Test
    void mongoIsASingleNodeReplicaSetThatInitiatesItself() {
        Map<String, Object> mongo = map(services.get("mongo"));
        assertThat(String.valueOf(mongo.get("image"))).startsWith("mongo:8");
        assertThat(String.join(" ", strings(mongo.get("command")))).contains("--replSet rs0");
        String check = String.join(" ", healthcheck(mongo));
        assertThat(check).contains("rs.initiate(").contains("rs.status().ok");
        assertNamedVolume(mongo, "/data/db");
    }

    @ParameterizedTest
    @CsvSource({
        "identity-service,     8080",
        "registration-service, 8081",
        "evaluation-service,   8082",
        "award-service,        8083",
        "reporting-service,    8084",
    })
    void eachServiceIsBuiltFromItsModuleAndServesItsContractPort(String name, int port) {
        assertThat(services).containsKey(name);
        Map<String, Object> service = map(services.get(name));

        Map<String, Object> build = map(service.get("build"));
        assertThat(build.get("context")).isEqualTo(".");
        assertThat(build.get("dockerfile")).isEqualTo("docker/Dockerfile");
        assertThat(map(build.get("args")).get("SERVICE")).isEqualTo(name);
        assertThat(root.resolve(name)).as("module directory of %s", name).isDirectory();
        assertThat(root.resolve("docker/Dockerfile")).isRegularFile();

        assertThat(strings(service.get("ports"))).contains(port + ":" + port);

        Map<String, String> env = environment(service);
        assertThat(env.get("DVK_KAFKA_BROKERS")).isEqualTo("kafka:9092");
        assertThat(env.get("DVK_MONGO_URI")).startsWith("mongodb://mongo:27017").contains("replicaSet=rs0");
        assertThat(env.get("DVK_SCOPE")).isEqualTo("${DVK_SCOPE:-14}");
        assertThat(env.get("SERVER_PORT")).isEqualTo(Integer.toString(port));

        assertThat(String.join(" ", healthcheck(service)))
                .contains("http://localhost:" + port + "/actuator/health/readiness");
        Map<String, Object> dependsOn = map(service.get("depends_on"));
        assertThat(map(dependsOn.get("kafka")).get("condition")).isEqualTo("service_healthy");
        assertThat(map(dependsOn.get("mongo")).get("condition")).isEqualTo("service_healthy");
    }

    @ParameterizedTest
    @CsvSource({"identity-service", "registration-service", "evaluation-service", "award-service",
        "reporting-service", "notification-service"})
    void eachServiceLogsInToKafkaAndItsDatabaseWithItsOwnSecrets(String name) {
        Map<String, Object> service = map(services.get(name));
        Map<String, String> env = environment(service);

        assertThat(KafkaAccess.of(name)).as("a Kafka principal for %s", name).isPresent();
        assertThat(env).containsEntry("DVK_KAFKA_USERNAME", name)
                .containsEntry("DVK_KAFKA_PASSWORD_FILE", "/run/secrets/kafka-" + name)
                .containsEntry("DVK_MONGO_USERNAME", name)
                .containsEntry("DVK_MONGO_PASSWORD_FILE", "/run/secrets/mongo-" + name)
                .doesNotContainKeys("DVK_KAFKA_PASSWORD", "DVK_MONGO_PASSWORD");
        assertThat(strings(service.get("secrets"))).containsExactlyInAnyOrder("kafka-" + name, "mongo-" + name);
        assertThat(strings(map(services.get("kafka-access")).get("secrets"))).contains("kafka-" + name);
        assertThat(strings(map(services.get("mongo")).get("secrets"))).contains("mongo-" + name);
        assertThat(map(map(service.get("depends_on")).get("kafka-access")).get("condition"))
                .isEqualTo("service_completed_successfully");
    }

    @Test
    void kafkaAuthenticatesAndAuthorizesAndItsAccessComesFromTheOneDeclaration() throws IOException {
        Map<String, String> env = environment(map(services.get("kafka")));
        assertThat(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).doesNotContain(":PLAINTEXT,")
                .doesNotEndWith(":PLAINTEXT");
        assertThat(env).containsEntry("KAFKA_AUTHORIZER_CLASS_NAME",
                        "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false")
                .containsEntry("KAFKA_SUPER_USERS", "User:" + KafkaAccess.ADMIN);
        Map<String, Object> access = map(services.get("kafka-access"));
        assertThat(strings(access.get("volumes"))).contains("./docker/kafka-access.sh:/dvk/kafka-access.sh:ro");
        assertThat(Files.readString(root.resolve("docker/kafka-access.sh"))).isEqualTo(KafkaAccessScript.render());
    }

    @Test
    void theDistrictProfileAddsASecondBrokerItsAccessAndMirrorMakerWithItsOwnPrincipal() {
        Map<String, Object> district = map(services.get("kafka-district"));
        Map<String, Object> districtAccess = map(services.get("kafka-district-access"));
        Map<String, Object> mirrorMaker = map(services.get("mirror-maker"));
        for (Map<String, Object> service : List.of(district, districtAccess, mirrorMaker)) {
            assertThat(strings(service.get("profiles"))).containsExactly("district");
            assertThat(service.get("image")).isEqualTo(map(services.get("kafka")).get("image"));
        }
        Map<String, String> kafka = environment(map(services.get("kafka")));
        Map<String, String> env = environment(district);
        assertThat(env.get("KAFKA_ADVERTISED_LISTENERS")).contains("SASL_PLAINTEXT://kafka-district:9092");
        assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).isEqualTo("1@kafka-district:9093");
        assertThat(env.get("CLUSTER_ID")).isNotEqualTo(kafka.get("CLUSTER_ID"));
        assertThat(env).containsEntry("KAFKA_AUTHORIZER_CLASS_NAME", kafka.get("KAFKA_AUTHORIZER_CLASS_NAME"))
                .containsEntry("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND", "false");
        assertNamedVolume(district, "/var/lib/kafka/data");
        assertThat(strings(district.get("volumes"))).doesNotContain("kafka-data:/var/lib/kafka/data");

        assertThat(environment(districtAccess)).containsEntry("DVK_KAFKA_BOOTSTRAP", "kafka-district:9092")
                .containsEntry("DVK_KAFKA_MIRRORED_FROM", "p14");
        assertThat(environment(map(services.get("kafka-access"))))
                .containsEntry("DVK_KAFKA_MIRRORED_FROM", "${DVK_KAFKA_MIRRORED_FROM:-}");
        String mirrorSecret = "kafka-" + KafkaAccess.MIRROR_MAKER;
        assertThat(strings(districtAccess.get("secrets"))).contains(mirrorSecret);
        assertThat(strings(map(services.get("kafka-access")).get("secrets"))).contains(mirrorSecret);
        assertThat(strings(mirrorMaker.get("secrets"))).containsExactly(mirrorSecret);
        assertThat(strings(mirrorMaker.get("volumes"))).contains("./docker/mirror-maker.sh:/dvk/mirror-maker.sh:ro");
        Map<String, Object> waitsFor = map(mirrorMaker.get("depends_on"));
        assertThat(map(waitsFor.get("kafka-access")).get("condition")).isEqualTo("service_completed_successfully");
        assertThat(map(waitsFor.get("kafka-district-access")).get("condition"))
                .isEqualTo("service_completed_successfully");
        assertThat(map(compose.get("secrets"))).containsKey(mirrorSecret);
    }

    @ParameterizedTest
    @CsvSource({"registration-district, registration-service, 8081, 8181",
        "evaluation-district, evaluation-service, 8082, 8182", "reporting-district, reporting-service, 8084, 8184"})
    void theDistrictProfileRunsTheDistrictsInstancesOnItsBrokerReadingTheProvincesCopies(String name, String image,
                                                                                      int port, int hostPort) {
        Map<String, Object> service = map(services.get(name));
        Map<String, String> env = environment(service);

        assertThat(strings(service.get("profiles"))).containsExactly("district");
        assertThat(service.get("image")).isEqualTo(map(services.get(image)).get("image"));
        assertThat(env).containsEntry("DVK_KAFKA_BROKERS", "kafka-district:9092")
                .containsEntry("DVK_SCOPE", "${DVK_DISTRICT_SCOPE:-124}")
                .containsEntry("DVK_KAFKA_MIRRORED_FROM", "p14")
                .containsEntry("SERVER_PORT", Integer.toString(port))
                .containsEntry("DVK_KAFKA_USERNAME", image)
                .containsEntry("DVK_MONGO_USERNAME", image)
                .containsEntry("DVK_MONGO_URI", environment(map(services.get(image))).get("DVK_MONGO_URI"));
        assertThat(strings(service.get("secrets"))).containsExactlyInAnyOrder("kafka-" + image, "mongo-" + image);
        assertThat(strings(service.get("ports"))).containsExactly(hostPort + ":" + port);
        assertThat(map(map(service.get("depends_on")).get("kafka-district-access")).get("condition"))
                .isEqualTo("service_completed_successfully");
        assertThat(environment(map(services.get("mongo"))))
                .containsEntry("DVK_DISTRICT_SCOPES", "${DVK_DISTRICT_SCOPE:-124}");
    }

    @Test
    void mongoRunsWithARootUserAndOneUserPerServiceDatabase() throws IOException {
        Map<String, Object> mongo = map(services.get("mongo"));
        assertThat(environment(mongo)).containsEntry("MONGO_INITDB_ROOT_PASSWORD_FILE", "/run/secrets/mongo-root")
                .doesNotContainKey("MONGO_INITDB_ROOT_PASSWORD")
                .containsEntry("DVK_SCOPE", "${DVK_SCOPE:-14}");
        assertThat(strings(mongo.get("volumes"))).contains(
                "./docker/mongo-init.js:/docker-entrypoint-initdb.d/dvk-users.js:ro");
        String init = Files.readString(root.resolve("docker/mongo-init.js"));
        KafkaAccess.SERVICES.forEach(service -> assertThat(init).contains("'" + service.principal() + "'"));
        assertThat(init).contains("process.env.DVK_SCOPE", "process.env.DVK_DISTRICT_SCOPES",
                "database + '_' + scope");
    }

    @Test
    void everySecretIsAFileOfDvksSecretsDirectoryThatDvkWrites() {
        Map<String, Object> secrets = map(compose.get("secrets"));
        assertThat(secrets).isNotEmpty();
        secrets.forEach((name, secret) -> assertThat(map(secret).get("file"))
                .isEqualTo("./.dvk/secrets/" + name));
        assertThat(secrets.keySet()).contains("kafka-admin", "mongo-root");
    }

    @Test
    void theDockerfileBuildsTheNamedModuleOnJdk17AndRunsItOnAJre() throws IOException {
        String dockerfile = Files.readString(root.resolve("docker/Dockerfile"));
        assertThat(dockerfile)
                .contains("FROM eclipse-temurin:17-jdk AS build")
                .contains("FROM eclipse-temurin:17-jre")
                .contains("ARG SERVICE")
                .contains("./mvnw -B -DskipTests -pl \"$SERVICE\" -am package");
    }

    @Test
    void dvkUsesTheSamePortsAsTheContract() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        StackComponents.all().forEach(component -> ports.put(component.name(), component.port()));
        assertThat(ports).containsEntry("identity-service", 8080)
                .containsEntry("registration-service", 8081)
                .containsEntry("evaluation-service", 8082)
                .containsEntry("award-service", 8083)
                .containsEntry("reporting-service", 8084);
        assertThat(Files.isExecutable(root.resolve("dvk"))).as("dvk is executable").isTrue();
    }

    private static void assertNamedVolume(Map<String, Object> service, String target) {
        String mount = strings(service.get("volumes")).stream()
                .filter(v -> v.endsWith(":" + target))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no volume mounted at " + target));
        String source = mount.substring(0, mount.indexOf(':'));
        assertThat(volumes).as("named volume %s is declared", source).containsKey(source);
    }

    private static List<String> healthcheck(Map<String, Object> service) {
        Map<String, Object> healthcheck = map(service.get("healthcheck"));
        assertThat(healthcheck).as("healthcheck").isNotEmpty();
        return strings(healthcheck.get("test"));
    }

    /** Compose accepts environment as a map or as a list of KEY=VALUE. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Object env = service.get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else {
            for (String entry : strings(env)) {
                int eq = entry.indexOf('=');
                result.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? null : entry.substring(eq + 1));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<String> strings(Object value) {
        if (value instanceof String s) {
            return List.of(s);
        }
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a parent directory with docker-compose.yml").isNotNull();
        return dir;
    }
}
