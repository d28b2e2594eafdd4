package vn.dvk.localstack.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.dvk.localstack.EmbeddedMongoMain;
import vn.dvk.localstack.store.StoreState;
import vn.dvk.localstack.kafka.KafkaBroker;
import vn.dvk.localstack.process.JavaProcess;
import vn.dvk.localstack.process.Ports;

class StackBackupTest {

    private static final int MODELS = 300;
    private static final int EVENTS = 200;
    private static final String TOPIC = "dvk.registration";
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-30T07:05:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    private Path storeFile() {
        return dir.resolve("dvk/mongo/dvk.mv");
    }

    private Path kafkaDirectory() {
        return dir.resolve("dvk/kafka");
    }

    private StackBackup stack(List<InetSocketAddress> addresses) {
        return new StackBackup(storeFile(), kafkaDirectory().resolve("data"), addresses, NOON);
    }

    @Test
    @Timeout(180)
    void a_backup_restored_after_the_data_was_wiped_brings_back_every_document_and_every_event() throws Exception {
        storeModels();
        Broker kafka = new Broker(kafkaDirectory());
        kafka.start();
        try {
            publishEvents(kafka.bootstrapServers());
        } finally {
            kafka.stop();
        }

        Path backup = stack(List.of()).backup(dir.resolve("dvk/backups"));
        assertThat(backup).isEqualTo(dir.resolve("dvk/backups/2026-11-30T14-05-00"));
        assertThat(BackupManifest.read(backup).entries()).extracting(BackupManifest.Entry::path)
                .contains("mongo/dvk.mv", "mongo/dvk.mv.state").anyMatch(path -> path.startsWith("kafka/data/"));
        wipe(storeFile().getParent());
        wipe(kafkaDirectory().resolve("data"));

        assertThat(stack(List.of()).restore(backup)).as("nothing was left to move aside").isNull();

        try (EmbeddedMongoMain.Store store = EmbeddedMongoMain.Store.start(storeFile(), "127.0.0.1", Ports.free());
             MongoClient client = client(store.connectionString())) {
            assertThat(models(client).countDocuments()).isEqualTo(MODELS);
        }
        kafka.start();
        try {
            assertThat(countEvents(kafka.bootstrapServers())).isEqualTo(EVENTS);
        } finally {
            kafka.stop();
        }
    }

    @Test
    @Timeout(60)
    void a_restore_moves_the_data_it_replaces_into_a_backup_of_its_own() throws IOException {
        storeModels();
        writeKafkaFile("dvk.registration-0/00000000000000000000.log", "events of the backup");
        Path backup = stack(List.of()).backup(dir.resolve("dvk/backups"));
        writeKafkaFile("dvk.registration-0/00000000000000000000.log", "events written after the backup");

        Path replaced = stack(List.of()).restore(backup);

        assertThat(replaced).isEqualTo(dir.resolve("dvk/backups/2026-11-30T14-05-00-before-restore"));
        BackupManifest.read(replaced).verify(replaced);
        assertThat(replaced.resolve("kafka/data/dvk.registration-0/00000000000000000000.log"))
                .hasContent("events written after the backup");
        assertThat(kafkaDirectory().resolve("data/dvk.registration-0/00000000000000000000.log"))
                .hasContent("events of the backup");
    }

    @Test
    @Timeout(60)
    void a_backup_with_a_changed_byte_is_refused_and_the_current_data_is_left_alone() throws IOException {
        storeModels();
        writeKafkaFile("meta.properties", "node.id=1");
        Path backup = stack(List.of()).backup(dir.resolve("dvk/backups"));
        flipOneByte(backup.resolve("mongo/dvk.mv"));
        byte[] current = Files.readAllBytes(storeFile());

        assertThatThrownBy(() -> stack(List.of()).restore(backup)).isInstanceOf(BackupRefusedException.class)
                .hasMessageContaining(backup.resolve("mongo/dvk.mv").toString())
                .hasMessageContaining("does not match its SHA-256");
        assertThat(Files.readAllBytes(storeFile())).isEqualTo(current);
        assertThat(dir.resolve("dvk/backups")).isDirectoryNotContaining(path -> path.toString()
                .endsWith("before-restore"));
    }

    @Test
    @Timeout(60)
    void a_running_store_or_an_answering_port_refuses_backup_and_restore() throws IOException {
        storeModels();
        writeKafkaFile("meta.properties", "node.id=1");
        Path backup = stack(List.of()).backup(dir.resolve("dvk/backups"));

        try (EmbeddedMongoMain.Store running = EmbeddedMongoMain.Store.start(storeFile(), "127.0.0.1", Ports.free())) {
            assertThatThrownBy(() -> stack(List.of()).backup(dir.resolve("dvk/backups")))
                    .isInstanceOf(BackupRefusedException.class).hasMessageContaining("is locked by a running process");
            assertThatThrownBy(() -> stack(List.of()).restore(backup))
                    .isInstanceOf(BackupRefusedException.class).hasMessageContaining("./dvk stop");
        }
        try (ServerSocket service = new ServerSocket(0)) {
            List<InetSocketAddress> stackAddresses = List.of(new InetSocketAddress("127.0.0.1",
                    service.getLocalPort()));
            assertThatThrownBy(() -> stack(stackAddresses).restore(backup))
                    .isInstanceOf(BackupRefusedException.class)
                    .hasMessageContaining("the stack is running (127.0.0.1:" + service.getLocalPort() + " answers)");
        }
    }

    @Test
    @Timeout(60)
    void a_damaged_store_file_is_not_backed_up() throws IOException {
        storeModels();
        writeKafkaFile("meta.properties", "node.id=1");
        flipOneByte(storeFile());

        assertThatThrownBy(() -> stack(List.of()).backup(dir.resolve("dvk/backups")))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("is damaged");
    }

    @Test
    void a_folder_without_a_manifest_is_not_a_backup() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("dvk/backups/empty"));

        assertThatThrownBy(() -> stack(List.of()).restore(folder)).isInstanceOf(BackupRefusedException.class)
                .hasMessage(folder + " is not a backup: it has no manifest.txt");
    }

    private void storeModels() {
        try (EmbeddedMongoMain.Store store = EmbeddedMongoMain.Store.start(storeFile(), "127.0.0.1", Ports.free());
             MongoClient client = client(store.connectionString())) {
            List<Document> models = new ArrayList<>();
            for (int i = 0; i < MODELS; i++) {
                models.add(new Document("_id", "m-" + i).append("name", "Mô hình dân vận khéo số " + i));
            }
            models(client).insertMany(models);
        }
        assertThat(StoreState.pathFor(storeFile())).exists();
    }

    private void writeKafkaFile(String relative, String content) throws IOException {
        Path file = kafkaDirectory().resolve("data").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static void publishEvents(String brokers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            for (int i = 0; i < EVENTS; i++) {
                producer.send(new ProducerRecord<>(TOPIC, "m-" + i, "{\"model\": \"m-" + i + "\"}"));
            }
            producer.flush();
        }
    }

    private static long countEvents(String brokers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "backup-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions, Duration.ofSeconds(30));
            return partitions.stream().mapToLong(p -> end.get(p) - beginning.get(p)).sum();
        }
    }

    private static void wipe(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void flipOneByte(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            long middle = channel.size() / 2;
            channel.read(one, middle);
            one.put(0, (byte) (one.get(0) ^ 0x5A)).rewind();
            channel.write(one, middle);
        }
    }

    private static MongoClient client(String uri) {
        return MongoClients.create(MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS)).build());
    }

    private static MongoCollection<Document> models(MongoClient client) {
        return client.getDatabase("dvk_registration").getCollection("model");
    }


    /** Kafka as {@code ./dvk} runs it, from this module's class path, on free ports, stopped and started again. */
    private static final class Broker {

        private final KafkaBroker broker;
        private final Path log;
        private JavaProcess process;

        Broker(Path directory) {
            this.broker = new KafkaBroker(directory, "127.0.0.1", Ports.free(), Ports.free());
            this.log = directory.resolve("kafka.log");
        }

        String bootstrapServers() {
            return broker.bootstrapServers();
        }

        void start() {
            String classPath = System.getProperty("java.class.path");
            broker.writeConfiguration();
            if (!broker.isFormatted()) {
                broker.format(KafkaBroker.newClusterId(), classPath, log);
            }
            process = broker.process("test-kafka", classPath).log(log).start();
            process.awaitListening(broker.host(), broker.port(), Duration.ofMinutes(2));
        }

        void stop() {
            process.stop(Duration.ofSeconds(20));
        }
    }
}
