package vn.dvk.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.events.Topics;
import vn.dvk.testsupport.KafkaBrokerProcess;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TestInfrastructure;
import vn.dvk.testsupport.TestTokens;

/**
 * The broker goes down under a running service: the HTTP call still succeeds, the event waits in the outbox, and
 * once a broker answers on that address again the event is published exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"platform-test.consumer.enabled=false", "spring.cloud.function.definition="})
class OutboxBrokerOutageTest {

    private static final KafkaBrokerProcess BROKER = startBroker();

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        registry.add("dvk.kafka.brokers", BROKER::bootstrapServers);
        registry.add("dvk.mongo.uri", TestInfrastructure::mongoUri);
        registry.add("spring.mongodb.database", () -> "test_outage");
        registry.add("dvk.outbox.poll-interval", () -> "100ms");
        registry.add("dvk.oidc.issuer", TestTokens::issuer);
        registry.add("spring.cloud.stream.kafka.binder.health-timeout", () -> "1");
    }

    @LocalServerPort
    int port;

    @Autowired
    OutboxRelay relay;

    @Autowired
    JsonMapper json;

    @AfterAll
    static void stopBroker() {
        BROKER.stop();
    }

    private static KafkaBrokerProcess startBroker() {
        try {
            KafkaBrokerProcess broker = new KafkaBrokerProcess(Files.createTempDirectory("dvk-outage-broker"));
            try {
                broker.start();
            } catch (RuntimeException notReady) {
                // A broker too slow to start on a loaded machine must not outlive the failed test class.
                broker.stop();
                throw notReady;
            }
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void an_event_saved_while_the_broker_is_down_is_published_once_after_it_returns() {
        String before = post("Trước khi mất kết nối");
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.backlog() == 0);
        BROKER.stop();

        ServiceClient.Reply created = new ServiceClient(port).post("/notes",
                "{\"text\": \"Khi mất kết nối\", \"unitCode\": \"04063\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).path("id").asString();

        relay.relayPending();
        assertThat(relay.backlog()).as("the event waits while no broker answers").isEqualTo(1);

        BROKER.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> relay.backlog() == 0);
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.REGISTRATION));
            List<String> keys = new java.util.ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(new String(record.key()));
                }
                assertThat(keys).containsExactlyInAnyOrder(before, id);
            });
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(new String(record.key()));
                }
                assertThat(keys).as("published once, not again").containsExactlyInAnyOrder(before, id);
            });
        }
    }

    private String post(String text) {
        ServiceClient.Reply created = new ServiceClient(port).post("/notes",
                "{\"text\": \"" + text + "\", \"unitCode\": \"04063\"}");
        return created.status() == 201 ? json.readTree(created.body()).path("id").asString() : null;
    }

    private static KafkaConsumer<byte[], byte[]> consumer() {
        Properties properties = new Properties();
        properties.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "outage-probe",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        return new KafkaConsumer<>(properties);
    }

}
