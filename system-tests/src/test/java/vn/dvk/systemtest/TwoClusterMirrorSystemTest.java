package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.dvk.localstack.kafka.KafkaAccess;
import vn.dvk.localstack.kafka.KafkaAccessSetup;
import vn.dvk.localstack.kafka.KafkaBroker;
import vn.dvk.localstack.kafka.KafkaCredentials;
import vn.dvk.localstack.kafka.KafkaMirror;
import vn.dvk.localstack.launcher.Layout;
import vn.dvk.localstack.process.JavaProcess;
import vn.dvk.localstack.process.Ports;
import vn.dvk.localstack.secrets.StackSecrets;
import vn.dvk.testsupport.ServiceClient;

/**
 * Issue 13's two-cluster acceptance (ADR 0022): district {@code 124} runs its own secured broker with its
 * registration-service, province {@code 14} its own with its registration- and reporting-service, and MirrorMaker 2
 * — Kafka's own, in its own JVM, logging in as {@code mirror-maker} with only its ACLs — copies the district's topics
 * up as {@code d124.*} and the province's reference data down as {@code p14.*}. A registration at the district
 * reaches the province's statistics; while MirrorMaker is SIGKILLed the province's figures stand still, however many
 * registrations the district takes; once it runs again every registration arrives, each exactly once (MirrorMaker
 * resends what it had not committed; the province's inbox drops the duplicates by their CloudEvent id). Down, a
 * campaign the province publishes on its cluster reaches the district's instance, which links a model to it.
 * The methods share one stack and use distinct years.
 */
@Tag("extended")
class TwoClusterMirrorSystemTest {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration EVENTUAL = Duration.ofMinutes(4);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final String DISTRICT = "d124";
    private static final String PROVINCE = "p14";
    /** Years no other system test registers models in: one for the way up, one for the way down. */
    private static final int YEAR = 2049;
    private static final int CAMPAIGN_YEAR = 2050;

    private static final List<JavaProcess> brokers = new ArrayList<>();
    private static Path directory;
    private static StackSecrets secrets;
    private static KafkaBroker districtBroker;
    private static KafkaBroker provinceBroker;
    private static KafkaMirror mirror;
    private static JavaProcess mirrorMaker;
    private static MongoServer store;
    private static ServiceProcess registrationDistrict;
    private static ServiceProcess registrationProvince;
    private static ServiceProcess reportingProvince;

    @BeforeAll
    static void start_two_clusters_joined_by_mirror_maker() throws Exception {
        directory = Files.createDirectories(Path.of("target", "two-clusters").toAbsolutePath());
        secrets = new StackSecrets(directory.resolve("secrets"));
        KafkaCredentials admin = secrets.credentials(KafkaAccess.ADMIN);
        districtBroker = KafkaBroker.secured(Files.createTempDirectory(directory, "district"), "127.0.0.1",
                Ports.free(), Ports.free(), admin);
        provinceBroker = KafkaBroker.secured(Files.createTempDirectory(directory, "province"), "127.0.0.1",
                Ports.free(), Ports.free(), admin);
        mirror = KafkaMirror.secured(directory.resolve("mirror-maker"),
                new KafkaMirror.Cluster(PROVINCE, provinceBroker.bootstrapServers()),
                List.of(new KafkaMirror.Cluster(DISTRICT, districtBroker.bootstrapServers())), secrets);
        start(districtBroker, "kafka-district");
        start(provinceBroker, "kafka-province");
        secure(districtBroker, mirror.mirroredIntoLower());
        secure(provinceBroker, mirror.mirroredIntoUpper());
        mirror.writeConfiguration();
        startMirrorMaker();

        store = new MongoServer(new MemoryBackend());
        InetSocketAddress address = store.bind();
        String storeUri = "mongodb://127.0.0.1:" + address.getPort();
        registrationDistrict = ServiceProcess.start("registration-service", "two-clusters-registration-service-124",
                districtBroker.bootstrapServers(), storeUri,
                instance("registration-service", "124", mirror.mirroredIntoLower()));
        registrationProvince = ServiceProcess.start("registration-service", "two-clusters-registration-service-14",
                provinceBroker.bootstrapServers(), storeUri,
                instance("registration-service", "14", mirror.mirroredIntoUpper()));
        reportingProvince = ServiceProcess.start("reporting-service", "two-clusters-reporting-service-14",
                provinceBroker.bootstrapServers(), storeUri,
                instance("reporting-service", "14", mirror.mirroredIntoUpper()));
        registrationDistrict.awaitReady(READY_TIMEOUT);
        registrationProvince.awaitReady(READY_TIMEOUT);
        reportingProvince.awaitReady(READY_TIMEOUT);
    }

    private static void start(KafkaBroker broker, String name) {
        String classPath = System.getProperty("java.class.path");
        Path log = broker.configuration().resolveSibling("kafka.log");
        broker.writeConfiguration();
        broker.format(KafkaBroker.newClusterId(), classPath, log);
        JavaProcess process = broker.process(name, classPath).log(log).start();
        brokers.add(process);
        process.awaitListening(broker.host(), broker.port(), READY_TIMEOUT);
    }

    /** Topics, principals and ACLs as {@code ./dvk} declares them, the copies of {@code mirroredFrom} included. */
    private static void secure(KafkaBroker broker, List<String> mirroredFrom) {
        await("access set up on " + broker.bootstrapServers()).atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .untilAsserted(() -> KafkaAccessSetup.apply(broker.bootstrapServers(), secrets, mirroredFrom));
    }

    private static void startMirrorMaker() {
        // As ./dvk runs it: from local-stack's class path, not the tests' (which holds every service's classes).
        mirrorMaker = mirror.process("mirror-maker", Layout.localStackClassPath(Path.of("..", "local-stack",
                        "target").toAbsolutePath().normalize()))
                .log(directory.resolve("mirror-maker.log")).start();
    }

    private static Map<String, String> instance(String service, String scope, List<String> mirroredFrom) {
        return Map.of("DVK_SCOPE", scope,
                "DVK_KAFKA_USERNAME", service,
                "DVK_KAFKA_PASSWORD_FILE", secrets.kafkaFile(service).toString(),
                "DVK_KAFKA_MIRRORED_FROM", String.join(",", mirroredFrom));
    }

    @AfterAll
    static void stop() {
        ServiceProcess.closeAll(registrationDistrict, registrationProvince, reportingProvince);
        if (mirrorMaker != null) {
            mirrorMaker.stop(Duration.ofSeconds(20));
        }
        JavaProcess.stopAll(brokers, Duration.ofSeconds(20), stubborn -> { });
        if (store != null) {
            store.shutdownNow();
        }
    }

    @Test
    void a_district_registration_reaches_the_province_and_a_stopped_mirror_delays_but_loses_nothing()
            throws Exception {
        register("Mô hình trồng lê Tai nung");
        await("the district's registration reaches the province's statistics").atMost(EVENTUAL).pollInterval(POLL)
                .until(() -> provinceTotal() == 1);
        assertThat(topics(provinceBroker)).contains("d124.dvk.registration")
                .noneMatch(topic -> topic.startsWith("p14."));

        mirrorMaker.kill();
        for (String name : List.of("Mô hình nuôi cá lồng bản Cồn Huôt", "Bản văn hóa kiểu mẫu bản Mé",
                "Mô hình dân vận khéo trong xây dựng nông thôn mới")) {
            register(name);
        }
        await("the province's figures stand still while MirrorMaker is down").during(Duration.ofSeconds(10))
                .atMost(Duration.ofSeconds(15)).pollInterval(POLL).until(() -> provinceTotal() == 1);

        startMirrorMaker();
        await("every registration reaches the province once MirrorMaker runs again").atMost(EVENTUAL)
                .pollInterval(POLL).until(() -> provinceTotal() >= 4);
        await("and each exactly once").during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(15))
                .pollInterval(POLL).until(() -> provinceTotal() == 4);
    }

    @Test
    void a_province_campaign_reaches_the_district_cluster_which_links_a_model_to_it() throws Exception {
        ServiceClient.Reply published = SystemUnderTest.post(registrationProvince, "/api/v1/campaigns", """
                {"issuingUnitCode": "14",
                 "name": "Phong trào thi đua Dân vận khéo tỉnh Sơn La giai đoạn %d-%d",
                 "documentNumber": "112/KH-UBND", "startYear": %d, "endYear": %d,
                 "targets": [{"appliesTo": "DISTRICT", "minimumModels": 3,
                              "description": "Mỗi huyện ít nhất 3 mô hình/năm"}]}"""
                .formatted(CAMPAIGN_YEAR, CAMPAIGN_YEAR + 1, CAMPAIGN_YEAR, CAMPAIGN_YEAR + 1));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        String campaignId = published.json().path("id").asString();

        ServiceClient.Reply linked = SystemUnderTest.retriedUntilCreated(EVENTUAL, () -> SystemUnderTest.post(
                registrationDistrict, "/api/v1/models", model(CAMPAIGN_YEAR,
                        "Mô hình chăn nuôi bò sinh sản bản Nà Pa", "\"" + campaignId + "\"")));
        assertThat(linked.json().path("campaignId").asString()).isEqualTo(campaignId);
        ServiceClient.Reply atDistrict = SystemUnderTest.get(registrationDistrict, "/api/v1/campaigns/" + campaignId);
        assertThat(atDistrict.status()).as(atDistrict.body()).isEqualTo(200);
        assertThat(atDistrict.json().path("issuingUnitCode").asString()).isEqualTo("14");
        assertThat(topics(districtBroker)).contains("p14.dvk.registration", "p14.dvk.evaluation")
                .noneMatch(topic -> topic.startsWith("d124."));
    }

    private static void register(String name) {
        ServiceClient.Reply created = SystemUnderTest.post(registrationDistrict, "/api/v1/models",
                model(YEAR, name, "null"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    /** A model of commune {@code 04096}; {@code campaignId} as JSON: a quoted id or {@code null}. */
    private static String model(int year, String name, String campaignId) {
        return """
                {"year": %d, "unitCode": "04096", "level": "GRASSROOTS", "field": "ECONOMY",
                 "ownerType": "COLLECTIVE", "kind": "MODEL", "name": "%s",
                 "address": "xã Lóng Phiêng, huyện Yên Châu",
                 "content": "Phát triển kinh tế hộ gắn với dân vận khéo", "ownerName": "Bản Cồn Huôt",
                 "personInCharge": "Lò Văn Tài", "startDate": "%d-01-01", "endDate": "%d-12-31",
                 "campaignId": %s}""".formatted(year, name, year, year, campaignId);
    }

    private static long provinceTotal() {
        ServiceClient.Reply reply = SystemUnderTest.get(reportingProvince, "/api/v1/statistics/models?unit=14&year="
                + YEAR);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("total").asLong();
    }

    private static Set<String> topics(KafkaBroker broker) throws Exception {
        Map<String, Object> properties = new HashMap<>(
                secrets.credentials(KafkaAccess.ADMIN).clientProperties(KafkaCredentials.PLAIN));
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(properties)) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        }
    }
}
