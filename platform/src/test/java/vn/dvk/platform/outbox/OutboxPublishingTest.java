package vn.dvk.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.events.Topics;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

@DvkIntegrationTest
class OutboxPublishingTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxRelay relay;

    private ServiceClient.Reply send(String method, String path, String ifMatch, String body) {
        return new ServiceClient(port).send(method, path, body.getBytes(StandardCharsets.UTF_8), "application/json",
                ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    @Test
    void a_saved_aggregate_publishes_its_events_in_order_with_cloudevents_headers() {
        ServiceClient.Reply created = send("POST", "/notes", null,
                "{\"text\": \"Mô hình trồng lê\", \"unitCode\": \"04096\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).path("id").asString();
        ServiceClient.Reply updated = send("PUT", "/notes/" + id, "1",
                "{\"text\": \"Mô hình trồng lê Tai nung\", \"unitCode\": \"04096\"}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);

        try (TopicProbe probe = TopicProbe.on(Topics.REGISTRATION)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(probe.poll()).filteredOn(record -> id.equals(record.key())).hasSize(2));
            List<TopicProbe.Received> records = probe.poll().stream()
                    .filter(record -> id.equals(record.key())).toList();
            TopicProbe.Received first = records.get(0);
            assertThat(first.isCloudEvent()).isTrue();
            assertThat(first.event().id()).isNotBlank();
            assertThat(first.event().source()).isEqualTo("/dvk/platform-test/124");
            assertThat(first.event().type()).isEqualTo("vn.dvk.model.registered.v1");
            assertThat(first.event().subject()).isEqualTo(id);
            assertThat(first.event().time()).isNotNull();
            assertThat(first.event().dataSchema()).isEqualTo("urn:dvk:schema:vn.dvk.model.registered.v1");
            assertThat(first.event().unitPath()).isEqualTo("14/124/04096");
            assertThat(records).extracting(record -> record.event().sequence()).containsExactly(1L, 2L);
            JsonNode payload = json.readTree(records.get(1).value());
            assertThat(payload.path("model").path("name").asString()).isEqualTo("Mô hình trồng lê Tai nung");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.backlog() == 0);
        Document stored = mongo.getCollection("notes").find(new Document("_id", id)).first();
        assertThat(stored.getList(AggregateStore.OUTBOX, Document.class)).isEmpty();
        assertThat(stored.get(AggregateStore.VERSION, Number.class).longValue()).isEqualTo(2);
    }

    @Test
    void an_edit_that_moves_the_aggregate_to_another_unit_names_the_unit_it_left_in_its_event() {
        ServiceClient.Reply created = send("POST", "/notes", null,
                "{\"text\": \"Mô hình trồng lê\", \"unitCode\": \"04096\"}");
        String id = json.readTree(created.body()).path("id").asString();
        assertThat(send("PUT", "/notes/" + id, "1", "{\"text\": \"Mô hình trồng lê\", \"unitCode\": \"04063\"}")
                .status()).isEqualTo(200);

        try (TopicProbe probe = TopicProbe.on(Topics.REGISTRATION)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(probe.poll()).filteredOn(record -> id.equals(record.key())).hasSize(2));
            List<TopicProbe.Received> records = probe.poll().stream()
                    .filter(record -> id.equals(record.key())).toList();
            assertThat(records.get(0).event().previousUnitPath()).isNull();
            assertThat(records.get(1).event().unitPath()).isEqualTo("14/124/04063");
            assertThat(records.get(1).event().previousUnitPath()).isEqualTo("14/124/04096");
        }
    }

    @Test
    void a_stale_version_is_a_409_and_changes_nothing() {
        ServiceClient.Reply created = send("POST", "/notes", null,
                "{\"text\": \"Bản gốc\", \"unitCode\": \"04096\"}");
        String id = json.readTree(created.body()).path("id").asString();
        assertThat(send("PUT", "/notes/" + id, "1", "{\"text\": \"Sửa lần 1\", \"unitCode\": \"04096\"}")
                .status()).isEqualTo(200);

        ServiceClient.Reply stale = send("PUT", "/notes/" + id, "1",
                "{\"text\": \"Sửa từ bản cũ\", \"unitCode\": \"04096\"}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).path("code").asString()).isEqualTo("stale-version");
        Document stored = mongo.getCollection("notes").find(new Document("_id", id)).first();
        assertThat(stored.getString("text")).isEqualTo("Sửa lần 1");
    }
}
