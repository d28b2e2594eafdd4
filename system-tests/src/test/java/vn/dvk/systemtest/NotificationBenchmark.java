package vn.dvk.systemtest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.CloudEventCodec;
import vn.dvk.contracts.events.Topics;
import vn.dvk.contracts.identity.IdentityEvents;
import vn.dvk.contracts.identity.OfficialRegistered;
import vn.dvk.contracts.identity.OfficialSnapshot;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TestInfrastructure;
import vn.dvk.testsupport.TopicProbe;

/**
 * Not a test: does notification-service lower the reporting pipeline's throughput? In one run, on one broker and
 * store, reporting-service (its own process) applies N model-registered events alone, and then N more while
 * notification-service (its own process) consumes the same topic and mails a Steering Committee member of each
 * model's commune through GreenMail. It prints reporting's events per second in both phases (from the first event
 * published until the province statistics count them all), and the rate at which the mails went out. A warm-up of
 * N/5 events runs first so that neither phase pays for the JIT.
 * <p>
 * Run from {@code system-tests} (the services' jars are found from there) after packaging them:
 * {@code ../mvnw -o -q test-compile exec:java -Dexec.args="3000"}.
 */
public final class NotificationBenchmark {

    private static final List<String> COMMUNES = List.of("04063", "04075", "04096", "04105", "04108", "04114");
    private static final Duration READY = Duration.ofMinutes(15);

    private NotificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        String brokers = TestInfrastructure.kafkaBrokers();
        String mongo = TestInfrastructure.mongoUri();
        LocalMailServer mail = new LocalMailServer();
        ServiceProcess reporting = ServiceProcess.start("reporting-service", brokers, mongo, Map.of("DVK_SCOPE", "14"))
                .awaitReady(READY);
        ServiceProcess notification = null;
        try (KafkaProducer<byte[], byte[]> producer = producer(brokers)) {
            ServiceClient statistics = new ServiceClient(reporting.url(""));
            publishAndWait(producer, statistics, n / 5, 2096);
            double alone = publishAndWait(producer, statistics, n, 2097);

            notification = ServiceProcess.start("notification-service", brokers, mongo, Map.of("DVK_SCOPE", "14",
                    "DVK_SMTP_HOST", "127.0.0.1", "DVK_SMTP_PORT", Integer.toString(mail.smtpPort()),
                    "LOGGING_LEVEL_ROOT", "WARN")).awaitReady(READY);
            announceSteeringMembers(new ServiceClient(notification.url("")));
            long mailStart = System.nanoTime();
            double together = publishAndWait(producer, statistics, n, 2098);
            while (mail.received() < n) {
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
            double mailSeconds = (System.nanoTime() - mailStart) / 1e9;

            System.out.printf(Locale.ROOT, "notification benchmark: %d model-registered events per phase%n", n);
            System.out.printf(Locale.ROOT, "reporting alone:                    %.0f events/s%n", alone);
            System.out.printf(Locale.ROOT, "reporting with notification-service: %.0f events/s (%+.0f %%)%n", together,
                    (together / alone - 1) * 100);
            System.out.printf(Locale.ROOT, "notification-service: %d mails in %.1f s = %.0f mails/s%n", n, mailSeconds,
                    n / mailSeconds);
        } finally {
            ServiceProcess.closeAll(notification == null ? new ServiceProcess[] {reporting}
                    : new ServiceProcess[] {reporting, notification});
            mail.close();
        }
        System.exit(0);
    }

    /**
     * Publishes {@code n} grassroots models of {@code year} as fast as the producer takes them; the events per
     * second from the first publication until reporting's province statistics count all of them.
     */
    private static double publishAndWait(KafkaProducer<byte[], byte[]> producer, ServiceClient statistics, int n,
                                         int year) {
        String path = "/api/v1/statistics/models?unit=14&year=" + year;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            String commune = COMMUNES.get(i % COMMUNES.size());
            String unitPath = pathOf(commune);
            ModelSnapshot model = new ModelSnapshot(UUID.randomUUID().toString(), year, commune, unitPath,
                    ManagementLevel.GRASSROOTS, Field.values()[i % Field.values().length], OwnerType.COLLECTIVE,
                    ModelKind.MODEL, ModelStatus.REGISTERED, "Mô hình " + i, "bản Nà Sành", "Chi hội Nông dân",
                    "Lò Văn Hùng", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, 1);
            send(producer, CloudEvent.of(RegistrationEvents.MODEL_REGISTERED, "/dvk/benchmark", model.id(),
                    unitPath, 1), Topics.REGISTRATION, new ModelRegistered(model, "benchmark", Instant.now()));
        }
        producer.flush();
        while (statistics.get(path).json().path("total").asLong() < n) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    /** One Steering Committee member per commune, as identity-service announces them; waits until all are known. */
    private static void announceSteeringMembers(ServiceClient notification) {
        for (String commune : COMMUNES) {
            String login = "bench.bcd." + commune;
            OfficialSnapshot member = new OfficialSnapshot(login, "Thành viên BCĐ " + commune, login + "@dvk.local",
                    commune, pathOf(commune), List.of("STEERING_MEMBER"), true, 1);
            TopicProbe.send(Topics.IDENTITY, CloudEvent.of(IdentityEvents.OFFICIAL_REGISTERED, "/dvk/benchmark",
                    login, member.unitPath(), 1), ServiceClient.JSON.writeValueAsString(
                    new OfficialRegistered(member, "benchmark", Instant.now())));
            String probe = """
                    {"login": "%s", "unitCode": "%s", "kinds": ["DEADLINE_APPROACHING"], "channels": ["IN_APP"]}"""
                    .formatted(login, commune);
            while (notification.post("/api/v1/subscriptions", probe).status() != 201) {
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
    }

    private static String pathOf(String commune) {
        return (commune.compareTo("04105") < 0 ? "14/124/" : "14/125/") + commune;
    }

    private static KafkaProducer<byte[], byte[]> producer(String brokers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(properties);
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, CloudEvent event, String topic, Object payload) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic,
                event.subject().getBytes(StandardCharsets.UTF_8),
                ServiceClient.JSON.writeValueAsBytes(payload));
        CloudEventCodec.encode(event).forEach((name, value) -> record.headers().add(name, value));
        producer.send(record);
    }
}
