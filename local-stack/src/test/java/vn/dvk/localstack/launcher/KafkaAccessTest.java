package vn.dvk.localstack.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvk.localstack.kafka.KafkaAccess;
import vn.dvk.localstack.kafka.KafkaAccessSetup;
import vn.dvk.localstack.kafka.KafkaBroker;
import vn.dvk.localstack.kafka.KafkaCredentials;
import vn.dvk.localstack.process.JavaProcess;
import vn.dvk.localstack.process.Ports;

/**
 * The stack's broker as {@code ./dvk start} configures it — the same component, passwords and access setup, on free
 * ports: a service's principal writes only its own topic and reads what it consumes, and a client that does not log
 * in, or logs in with a wrong password, gets nothing.
 */
class KafkaAccessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    static Path dir;

    private static Layout layout;
    private static KafkaBroker broker;
    private static JavaProcess process;

    @BeforeAll
    static void startTheStacksBroker() {
        Component kafka = StackComponents.all().stream().filter(component -> component.kind() == Component.Kind.KAFKA)
                .findFirst().orElseThrow().onPorts(List.of(Ports.free(), Ports.free()));
        layout = new Layout(Repository.root(), dir.resolve(".dvk"), Layout.HOST, List.of(kafka), "./dvk", Map.of());
        layout.secrets().ensureKafka();
        broker = StartCommand.kafkaBroker(layout, kafka);
        String classPath = System.getProperty("java.class.path");
        Path log = dir.resolve("kafka.log");
        broker.writeConfiguration();
        broker.format(KafkaBroker.newClusterId(), classPath, log);
        process = broker.process("test-secured-kafka", classPath).log(log).start();
        process.awaitListening(broker.host(), broker.port(), PATIENCE);
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> KafkaAccessSetup.apply(broker.bootstrapServers(), layout.secrets()));
    }

    @AfterAll
    static void stopTheBroker() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    @Test
    void evaluationServiceCannotWriteTheRegistrationTopic() {
        try (KafkaProducer<String, String> producer = producer(service("evaluation-service"))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("dvk.registration", "forged", "{}")).get())
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aClientThatDoesNotLogInCannotConnect() {
        Map<String, Object> anonymous = new HashMap<>();
        anonymous.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        try (KafkaProducer<String, String> producer = producer(anonymous)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("dvk.registration", "forged", "{}")).get())
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void aServiceWithAWrongPasswordIsRefused() {
        Map<String, Object> wrong = new HashMap<>(new KafkaCredentials("registration-service", "not-its-password")
                .clientProperties(KafkaCredentials.SCRAM));
        try (KafkaProducer<String, String> producer = producer(wrong)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("dvk.registration", "forged", "{}")).get())
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void registrationServiceWritesItsTopicAndEvaluationServiceReadsItInItsGroup() throws Exception {
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer(service("registration-service"))) {
            producer.send(new ProducerRecord<>("dvk.registration", key, "{\"registered\":true}")).get();
        }

        try (KafkaConsumer<String, String> consumer = consumer(service("evaluation-service"), "evaluation-14")) {
            awaitKey(consumer, "dvk.registration", key);
            consumer.commitSync();
        }
    }

    @Test
    void evaluationServiceCannotReadATopicItDoesNotConsume() {
        try (KafkaConsumer<String, String> consumer = consumer(service("evaluation-service"), "evaluation-14")) {
            consumer.subscribe(List.of("dvk.identity"));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void notificationServiceReadsHowFarReportingIsButCannotConsumeInItsGroup() throws Exception {
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer(service("registration-service"))) {
            producer.send(new ProducerRecord<>("dvk.registration", key, "{\"registered\":true}")).get();
        }
        try (KafkaConsumer<String, String> consumer = consumer(service("reporting-service"), "reporting-14")) {
            awaitKey(consumer, "dvk.registration", key);
            consumer.commitSync();
        }

        try (Admin notification = admin(service("notification-service"))) {
            assertThat(notification.listConsumerGroupOffsets("reporting-14").partitionsToOffsetAndMetadata().get())
                    .isNotEmpty();
        }
        try (KafkaConsumer<String, String> consumer = consumer(service("notification-service"), "reporting-14")) {
            consumer.subscribe(List.of("dvk.registration"));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
        try (Admin evaluation = admin(service("evaluation-service"))) {
            assertThatThrownBy(() -> evaluation.listConsumerGroupOffsets("reporting-14")
                    .partitionsToOffsetAndMetadata().get())
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void identityServiceWritesTheUnitDirectoryWhichAnyServiceReadsWithoutAGroupAndNoOtherWrites() throws Exception {
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer(service(KafkaAccess.UNIT_DIRECTORY_OWNER))) {
            producer.send(new ProducerRecord<>(KafkaAccess.UNIT_DIRECTORY_TOPIC, key, "{\"version\":1}")).get();
        }
        try (KafkaProducer<String, String> producer = producer(service("reporting-service"))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(KafkaAccess.UNIT_DIRECTORY_TOPIC, "forged",
                    "{}")).get()).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }

        Map<String, Object> reader = service("notification-service");
        reader.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(reader, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(KafkaAccess.UNIT_DIRECTORY_TOPIC).stream()
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<String> keys = new ArrayList<>();
            await().atMost(PATIENCE).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> keys.add(record.key()));
                assertThat(keys).contains(key);
            });
        }
    }

    @Test
    void settingUpAgainLeavesExactlyTheDeclaredAcls() throws Exception {
        KafkaAccessSetup.apply(broker.bootstrapServers(), layout.secrets());

        Map<String, Object> admin = new HashMap<>(layout.secrets().credentials(KafkaAccess.ADMIN)
                .clientProperties(KafkaCredentials.PLAIN));
        admin.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin client = Admin.create(admin)) {
            List<AclBinding> declared = KafkaAccess.SERVICES.stream()
                    .flatMap(service -> KafkaAccessSetup.bindings(service).stream()).toList();
            assertThat(client.describeAcls(AclBindingFilter.ANY).values().get())
                    .containsExactlyInAnyOrderElementsOf(declared);
            assertThat(client.listTopics().names().get()).containsAll(KafkaAccess.topics());
        }
    }

    @Test
    void onAMirroredClusterTheServicesReadTheCopiesAndMirrorMakerWritesOnlyThem() throws Exception {
        KafkaAccessSetup.apply(broker.bootstrapServers(), layout.secrets(), List.of("d124"));
        try {
            String key = UUID.randomUUID().toString();
            // Its SCRAM user, just created, reaches the broker's metadata a moment later: log in until it is there.
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
                try (KafkaProducer<String, String> mirrorMaker = producer(service(KafkaAccess.MIRROR_MAKER))) {
                    mirrorMaker.send(new ProducerRecord<>("d124.dvk.registration", key, "{\"copied\":true}")).get();
                }
            });
            try (KafkaProducer<String, String> mirrorMaker = producer(service(KafkaAccess.MIRROR_MAKER))) {
                assertThatThrownBy(() -> mirrorMaker.send(new ProducerRecord<>("dvk.registration", "forged", "{}"))
                        .get()).isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(TopicAuthorizationException.class);
            }
            try (KafkaConsumer<String, String> consumer = consumer(service("reporting-service"), "reporting-14")) {
                awaitKey(consumer, "d124.dvk.registration", key);
            }
            try (KafkaConsumer<String, String> consumer = consumer(service("evaluation-service"), "evaluation-14")) {
                consumer.subscribe(List.of("d124.dvk.identity"));
                assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
                        .isInstanceOf(TopicAuthorizationException.class);
            }
        } finally {
            KafkaAccessSetup.apply(broker.bootstrapServers(), layout.secrets());
        }
    }

    /** Subscribes to the topic and polls until the record of the key has been read. */
    private static void awaitKey(KafkaConsumer<String, String> consumer, String topic, String key) {
        consumer.subscribe(List.of(topic));
        List<String> keys = new ArrayList<>();
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                keys.add(record.key());
            }
            assertThat(keys).contains(key);
        });
    }

    private static Map<String, Object> service(String principal) {
        return new HashMap<>(layout.secrets().credentials(principal).clientProperties(KafkaCredentials.SCRAM));
    }

    private static Admin admin(Map<String, Object> login) {
        Map<String, Object> properties = new HashMap<>(login);
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return Admin.create(properties);
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> login) {
        Map<String, Object> properties = new HashMap<>(login);
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30000);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(Map<String, Object> login, String group) {
        Map<String, Object> properties = new HashMap<>(login);
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }
}
