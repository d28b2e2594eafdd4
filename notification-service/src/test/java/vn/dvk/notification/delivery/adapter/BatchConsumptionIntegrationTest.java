package vn.dvk.notification.delivery.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.CloudEventCodec;
import vn.dvk.contracts.events.Topics;
import vn.dvk.contracts.registration.ModelStatusChanged;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.support.Events;
import vn.dvk.notification.support.NotificationApiTest;
import vn.dvk.notification.support.TestMail;
import vn.dvk.testsupport.Quiescence;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TestInfrastructure;
import vn.dvk.testsupport.TopicProbe;

/**
 * The batch path on the real broker and store (ADR 0010, ADR 0019): a poison record in the middle of a batch goes
 * alone to the dead-letter topic while the others are told; replaying the whole registration topic, every record of
 * every test, stores no second feed item and no second message, and sends no second mail.
 */
class BatchConsumptionIntegrationTest extends NotificationApiTest {

    private static final Pattern DEAD_LETTERED = Pattern.compile(
            "(?m)^dvk_events_dead_lettered_total\\{[^}]*consumer=\"notification\"[^}]*} (\\S+)$");
    private static final String RETURNED = "Mô hình \"Mô hình trồng lê Tai nung\" được trả lại để chỉnh sửa";

    @Autowired
    MongoTemplate mongo;

    @Value("${spring.cloud.stream.bindings.registrationEvents-in-0.group}")
    String group;

    @Test
    void a_poison_record_in_the_middle_of_a_batch_is_dead_lettered_while_the_others_are_told() throws Exception {
        Official first = announced("batch.first", "04072", Role.UNIT_CLERK);
        Official second = announced("batch.second", "04075", Role.UNIT_CLERK);
        double deadLetteredBefore = scraped(DEAD_LETTERED);
        ModelStatusChanged before = Events.statusChanged(Events.model("m-" + first.login(), "04072",
                ModelStatus.REGISTERED, 1), ModelStatus.RETURNED, "Thiếu kế hoạch");
        ModelStatusChanged after = Events.statusChanged(Events.model("m-" + second.login(), "04075",
                ModelStatus.REGISTERED, 1), ModelStatus.RETURNED, "Thiếu kinh phí");
        String key = "batch-" + first.login();

        sendTogether(List.of(
                record(key, event(before), ServiceClient.JSON.writeValueAsString(before)),
                record(key, event(before), "{not json"),
                record(key, event(after), ServiceClient.JSON.writeValueAsString(after))));

        eventually().until(() -> TestMail.to(first.email()).size() == 1 && TestMail.to(second.email()).size() == 1);
        assertThat(TestMail.to(first.email())).extracting(MimeMessage::getSubject).containsExactly(RETURNED);
        assertThat(as(second).get("/api/v1/notifications").json().path("total").asLong()).isEqualTo(1);
        try (TopicProbe parked = TopicProbe.on("error." + Topics.REGISTRATION + "." + group)) {
            eventually().untilAsserted(() -> assertThat(parked.poll())
                    .filteredOn(received -> key.equals(received.key()))
                    .singleElement().satisfies(received -> {
                        assertThat(received.value()).isEqualTo("{not json");
                        assertThat(received.header("x-original-topic")).isEqualTo(Topics.REGISTRATION);
                    }));
        }
        eventually().untilAsserted(() -> assertThat(scraped(DEAD_LETTERED)).isEqualTo(deadLetteredBefore + 1));
    }

    /**
     * Every record of the topic, those of the other tests included, is sent again. Officials and subscriptions added
     * since an event was first told make its replay tell them too; what was stored and sent before must stay as it
     * was: no item posted again (its read state kept), no message stored again (a sent one not reset), no mail again.
     */
    @Test
    void replaying_the_whole_registration_topic_stores_and_sends_nothing_twice() throws Exception {
        Official clerk = announced("batch.replay", "04069", Role.UNIT_CLERK);
        ModelStatusChanged returned = Events.statusChanged(Events.model("m-" + clerk.login(), "04069",
                ModelStatus.REGISTERED, 1), ModelStatus.RETURNED, "Thiếu kế hoạch");
        Events.publish(returned);
        eventually().until(() -> TestMail.to(clerk.email()).size() == 1);
        String item = as(clerk).get("/api/v1/notifications").json().path("items").get(0).path("id").asString();
        assertThat(as(clerk).post("/api/v1/notifications/" + item + "/read", "").status()).isEqualTo(204);
        Quiescence.await(group, List.of(Topics.REGISTRATION), PATIENCE);
        Map<Object, Document> feedBefore = byId("feed_items", new Document());
        Map<Object, Document> sentBefore = byId("deliveries", new Document("status", "SENT"));

        long onTheTopic = Quiescence.recordsOn(Topics.REGISTRATION);
        List<TopicProbe.Received> everything = new ArrayList<>();
        try (TopicProbe probe = TopicProbe.on(Topics.REGISTRATION)) {
            eventually().until(() -> {
                everything.clear();
                everything.addAll(probe.poll());
                return everything.size() == onTheTopic;
            });
        }
        sendTogether(everything.stream().map(received -> record(received.key(), received.headers(),
                received.value())).toList());
        Quiescence.await(group, List.of(Topics.REGISTRATION), PATIENCE);

        assertThat(byId("feed_items", new Document())).containsAllEntriesOf(feedBefore);
        assertThat(byId("deliveries", new Document("status", "SENT"))).containsAllEntriesOf(sentBefore);
        assertThat(TestMail.to(clerk.email())).extracting(MimeMessage::getSubject).containsExactly(RETURNED);
        JsonNode feed = as(clerk).get("/api/v1/notifications").json();
        assertThat(feed.path("total").asLong()).isEqualTo(1);
        assertThat(feed.path("unread").asLong()).isZero();
    }

    private Map<Object, Document> byId(String collection, Document filter) {
        Map<Object, Document> documents = new HashMap<>();
        mongo.getCollection(collection).find(filter).forEach(document -> documents.put(document.get("_id"),
                document));
        return documents;
    }

    private double scraped(Pattern metric) {
        ServiceClient.Reply scrape = api.get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        Matcher counter = metric.matcher(scrape.body());
        return counter.find() ? Double.parseDouble(counter.group(1)) : 0;
    }

    private static Map<String, String> event(ModelStatusChanged change) {
        CloudEvent event = CloudEvent.of(RegistrationEvents.MODEL_STATUS_CHANGED, "/dvk/test", change.model().id(),
                change.model().unitPath(), change.model().version());
        Map<String, String> headers = new HashMap<>();
        CloudEventCodec.encode(event).forEach((name, value) -> headers.put(name,
                new String(value, StandardCharsets.UTF_8)));
        return headers;
    }

    private static ProducerRecord<byte[], byte[]> record(String key, Map<String, String> headers, String value) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.REGISTRATION,
                key == null ? null : key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
        headers.forEach((name, headerValue) -> record.headers().add(name, headerValue == null ? null
                : headerValue.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** Sends the records through one producer and one flush, so that the consumer reads them in as few polls. */
    private static void sendTogether(List<ProducerRecord<byte[], byte[]>> records) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBrokers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties)) {
            List<Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
            producer.flush();
            for (Future<RecordMetadata> acknowledged : sent) {
                acknowledged.get();
            }
        }
    }
}
