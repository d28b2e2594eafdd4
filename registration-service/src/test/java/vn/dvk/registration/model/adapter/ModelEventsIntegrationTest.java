package vn.dvk.registration.model.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dvk.registration.model.ModelFixtures.taiNungPears;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.Topics;
import vn.dvk.registration.support.RegistrationApiTest;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

class ModelEventsIntegrationTest extends RegistrationApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static void sendDecision(String type, String modelId, String payload) {
        sendDecision(UUID.randomUUID().toString(), type, modelId, payload);
    }

    private static void sendDecision(String eventId, String type, String modelId, String payload) {
        TopicProbe.send(Topics.EVALUATION, new CloudEvent(eventId, "/dvk/evaluation-service/124", type, modelId,
                Instant.now(), "urn:dvk:schema:" + type, "14/124/04096", 1), payload);
    }

    private static String review(String modelId, String decision, String reason) {
        return """
                {"reviewId": "%s", "modelId": "%s", "unitPath": "14/124/04096", "decision": "%s",
                 "reason": %s, "reviewer": "Ban Dân vận Huyện ủy", "occurredAt": "%s"}
                """.formatted(UUID.randomUUID(), modelId, decision, reason == null ? "null" : "\"" + reason + "\"",
                Instant.now());
    }

    /** A review as evaluation-service now publishes it, naming the version of the model it decided on. */
    private static String review(String modelId, String decision, String reason, long modelVersion) {
        return """
                {"reviewId": "%s", "modelId": "%s", "unitPath": "14/124/04096", "decision": "%s",
                 "reason": %s, "reviewer": "Ban Dân vận Huyện ủy", "occurredAt": "%s", "modelVersion": %d}
                """.formatted(UUID.randomUUID(), modelId, decision, reason == null ? "null" : "\"" + reason + "\"",
                Instant.now(), modelVersion);
    }

    private String register() {
        ServiceClient.Reply reply = api.post("/api/v1/models", taiNungPears(2022).toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    private String awaitStatus(String id, String status) {
        return await().atMost(PATIENCE).until(() -> api.get("/api/v1/models/" + id).json().path("status").asString(),
                status::equals);
    }

    @Test
    void each_command_publishes_its_event_with_every_cloud_events_header_and_the_snapshot_at_that_sequence() {
        String id = register();
        ObjectNode edit = taiNungPears(2022);
        edit.put("content", "Mở rộng diện tích trồng lê lên 60 ha");
        assertThat(api.put("/api/v1/models/" + id, edit.toString(), Map.of("If-Match", "\"1\"")).status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/models/" + id + "/withdrawal", "{\"reason\": \"Chủ hộ đề nghị dừng\"}")
                .status()).isEqualTo(200);

        List<TopicProbe.Received> events = topic.await(id, 3);

        assertThat(events).extracting(event -> event.event().type()).containsExactly(
                "vn.dvk.model.registered.v1", "vn.dvk.model.updated.v1", "vn.dvk.model.withdrawn.v1");
        for (int i = 0; i < events.size(); i++) {
            CloudEvent event = events.get(i).event();
            assertThat(event.subject()).isEqualTo(id);
            assertThat(event.unitPath()).isEqualTo("14/124/04096");
            assertThat(event.sequence()).isEqualTo(i + 1);
            assertThat(event.source()).isEqualTo("/dvk/registration-service/124");
            assertThat(event.dataSchema()).isEqualTo("urn:dvk:schema:" + event.type());
            JsonNode model = ServiceClient.JSON.readTree(events.get(i).value()).path("model");
            assertThat(model.path("version").asLong()).isEqualTo(i + 1);
            assertThat(model.path("unitPath").asString()).isEqualTo("14/124/04096");
            assertThat(model.path("year").asInt()).isEqualTo(2022);
            assertThat(model.path("level").asString()).isEqualTo("GRASSROOTS");
            assertThat(model.path("ownerType").asString()).isEqualTo("INDIVIDUAL");
        }
        JsonNode withdrawn = ServiceClient.JSON.readTree(events.get(2).value());
        assertThat(withdrawn.path("from").asString()).isEqualTo("REGISTERED");
        assertThat(withdrawn.path("reason").asString()).isEqualTo("Chủ hộ đề nghị dừng");
        assertThat(withdrawn.path("model").path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(ServiceClient.JSON.readTree(events.get(1).value()).path("resubmitted").asBoolean()).isFalse();
    }

    @Test
    void a_returned_model_edited_into_another_commune_names_the_commune_it_left_on_its_update_and_resubmission() {
        String id = register();
        sendDecision("vn.dvk.review.decided.v1", id, review(id, "RETURN", "Mô hình thuộc xã khác"));
        awaitStatus(id, "RETURNED");
        ObjectNode moved = taiNungPears(2022);
        moved.put("unitCode", "04063");

        ServiceClient.Reply edited = api.put("/api/v1/models/" + id, moved.toString(), Map.of("If-Match", "\"2\""));

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("unitPath").asString()).isEqualTo("14/124/04063");
        List<TopicProbe.Received> events = topic.await(id, 4);
        assertThat(events).extracting(event -> event.event().previousUnitPath())
                .containsExactly(null, null, "14/124/04096", "14/124/04096");
        assertThat(events.subList(2, 4)).extracting(event -> event.event().unitPath()).containsOnly("14/124/04063");
        assertThat(events.subList(2, 4)).extracting(event -> ServiceClient.JSON.readTree(event.value())
                .path("previousUnitPath").asString()).containsOnly("14/124/04096");
    }

    @Test
    void decision_events_from_evaluation_service_move_the_model_through_its_whole_lifecycle() {
        String id = register();

        String returnEvent = UUID.randomUUID().toString();
        sendDecision(returnEvent, "vn.dvk.review.decided.v1", id, review(id, "RETURN", "Bổ sung số liệu thu nhập"));
        awaitStatus(id, "RETURNED");

        ServiceClient.Reply resubmitted = api.put("/api/v1/models/" + id, taiNungPears(2022).toString(),
                Map.of("If-Match", "\"2\""));
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
        assertThat(resubmitted.json().path("status").asString()).isEqualTo("REGISTERED");
        assertThat(resubmitted.json().path("version").asLong()).isEqualTo(4);

        sendDecision("vn.dvk.review.decided.v1", id, review(id, "APPROVE", null));
        awaitStatus(id, "APPROVED");
        sendDecision("vn.dvk.self-assessment.filed.v1", id, """
                {"selfAssessmentId": "sa-1", "modelId": "%s", "unitPath": "14/124/04096", "year": 2022,
                 "periodStart": "2022-01-01", "periodEnd": "2022-03-31", "progressPercent": 30, "indicators": [],
                 "difficulties": null, "proposals": null, "filedBy": "UBND xã Lóng Phiêng",
                 "occurredAt": "2022-04-02T02:00:00Z"}
                """.formatted(id));
        awaitStatus(id, "IN_PROGRESS");
        sendDecision("vn.dvk.model.recognition-decided.v1", id, """
                {"evaluationId": "ev-1", "modelId": "%s", "unitPath": "14/124/04096", "year": 2022,
                 "recognized": true, "totalScore": 92.5, "reason": "Hiệu quả, có sức lan tỏa",
                 "decidedBy": "Ban Chỉ đạo huyện", "occurredAt": "2022-12-10T02:00:00Z"}
                """.formatted(id));
        awaitStatus(id, "RECOGNIZED");

        List<JsonNode> history = api.get("/api/v1/models/" + id + "/history").json().valueStream().toList();
        assertThat(history).extracting(entry -> entry.path("action").asString()).containsExactly("REGISTER",
                "RETURN", "EDIT", "RESUBMIT", "APPROVE", "START_IMPLEMENTATION", "RECOGNIZE");
        assertThat(history).extracting(entry -> entry.path("sequence").asLong())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(history.get(1).path("causedByEventId").asString()).isEqualTo(returnEvent);
        assertThat(history.get(1).path("by").asString()).isEqualTo("Ban Dân vận Huyện ủy");
        assertThat(history.get(1).path("reason").asString()).isEqualTo("Bổ sung số liệu thu nhập");

        List<TopicProbe.Received> events = topic.await(id, 7);
        assertThat(events).extracting(event -> event.event().type()).containsExactly(
                "vn.dvk.model.registered.v1", "vn.dvk.model.status-changed.v1", "vn.dvk.model.updated.v1",
                "vn.dvk.model.status-changed.v1", "vn.dvk.model.status-changed.v1",
                "vn.dvk.model.status-changed.v1", "vn.dvk.model.status-changed.v1");
        JsonNode returned = ServiceClient.JSON.readTree(events.get(1).value());
        assertThat(returned.path("from").asString()).isEqualTo("REGISTERED");
        assertThat(returned.path("to").asString()).isEqualTo("RETURNED");
        assertThat(returned.path("decidedBy").asString()).isEqualTo("Ban Dân vận Huyện ủy");
        assertThat(returned.path("causedByEventId").asString()).isEqualTo(returnEvent);
        assertThat(ServiceClient.JSON.readTree(events.get(2).value()).path("resubmitted").asBoolean()).isTrue();
        List<String> publishedIds = events.stream().map(event -> event.event().id()).toList();
        List<String> historyIds = await().atMost(PATIENCE).until(() -> api.get("/api/v1/models/" + id + "/history")
                .json().valueStream().map(entry -> entry.path("eventId").asString(null)).toList(),
                ids -> !ids.contains(null));
        assertThat(historyIds).containsExactlyElementsOf(publishedIds);
        JsonNode recognized = ServiceClient.JSON.readTree(events.get(6).value());
        assertThat(recognized.path("to").asString()).isEqualTo("RECOGNIZED");
        assertThat(recognized.path("model").path("version").asLong()).isEqualTo(7);
    }

    @Test
    void a_recognition_of_an_approved_model_passes_through_in_progress_as_two_transitions() {
        String id = register();
        sendDecision("vn.dvk.review.decided.v1", id, review(id, "APPROVE", "Phù hợp, khả thi"));
        awaitStatus(id, "APPROVED");

        sendDecision("vn.dvk.model.recognition-decided.v1", id, """
                {"evaluationId": "ev-2", "modelId": "%s", "unitPath": "14/124/04096", "year": 2022,
                 "recognized": false, "totalScore": 41, "reason": "Chưa có sức lan tỏa",
                 "decidedBy": "Ban Chỉ đạo huyện", "occurredAt": "2022-12-10T02:00:00Z"}
                """.formatted(id));
        awaitStatus(id, "NOT_RECOGNIZED");

        List<TopicProbe.Received> events = topic.await(id, 4);
        assertThat(events.subList(2, 4)).extracting(event -> ServiceClient.JSON.readTree(event.value()).path("to").asString())
                .containsExactly("IN_PROGRESS", "NOT_RECOGNIZED");
        assertThat(events.subList(2, 4)).extracting(event -> event.event().sequence())
                .containsExactly(3L, 4L);
    }

    @Test
    void a_review_decided_on_a_version_the_unit_has_edited_since_is_refused_and_the_model_stays_as_edited() {
        String id = register();
        ObjectNode edit = taiNungPears(2022);
        edit.put("name", "Mô hình trồng lê Tai nung (bổ sung)");
        assertThat(api.put("/api/v1/models/" + id, edit.toString(), Map.of("If-Match", "\"1\"")).status())
                .isEqualTo(200);
        String stale = UUID.randomUUID().toString();

        sendDecision(stale, "vn.dvk.review.decided.v1", id, review(id, "APPROVE", null, 1));

        JsonNode refusals = await().atMost(PATIENCE).until(
                () -> api.get("/api/v1/models/" + id + "/refused-decisions").json(), list -> list.size() == 1);
        assertThat(refusals.get(0).path("eventId").asString()).isEqualTo(stale);
        assertThat(refusals.get(0).path("statusAtArrival").asString()).isEqualTo("REGISTERED");
        assertThat(refusals.get(0).path("reason").asString()).contains("phiên bản 1", "phiên bản 2");
        JsonNode model = api.get("/api/v1/models/" + id).json();
        assertThat(model.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(model.path("version").asLong()).isEqualTo(2);

        sendDecision("vn.dvk.review.decided.v1", id, review(id, "APPROVE", null, 2));
        awaitStatus(id, "APPROVED");
    }

    @Test
    void an_impossible_decision_is_recorded_as_refused_and_counted_and_the_consumer_goes_on() {
        String id = register();
        assertThat(api.post("/api/v1/models/" + id + "/withdrawal", "{\"reason\": \"Dừng\"}").status())
                .isEqualTo(200);
        String refused = UUID.randomUUID().toString();

        sendDecision(refused, "vn.dvk.review.decided.v1", id, review(id, "APPROVE", null));

        JsonNode refusals = await().atMost(PATIENCE).until(
                () -> api.get("/api/v1/models/" + id + "/refused-decisions").json(), list -> list.size() == 1);
        assertThat(refusals.get(0).path("eventId").asString()).isEqualTo(refused);
        assertThat(refusals.get(0).path("statusAtArrival").asString()).isEqualTo("WITHDRAWN");
        assertThat(refusals.get(0).path("reason").asString()).contains("Đã rút");
        assertThat(api.get("/actuator/prometheus").body()).contains("dvk_registration_transitions_rejected_total");
        JsonNode model = api.get("/api/v1/models/" + id).json();
        assertThat(model.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(model.path("version").asLong()).isEqualTo(2);

        String next = register();
        sendDecision("vn.dvk.review.decided.v1", next, review(next, "REJECT", "Không khả thi"));
        awaitStatus(next, "REJECTED");
    }

    @Test
    void a_self_assessment_for_a_model_not_approved_changes_nothing_and_is_not_a_refusal() {
        String id = register();
        sendDecision("vn.dvk.self-assessment.filed.v1", id, """
                {"selfAssessmentId": "sa-2", "modelId": "%s", "unitPath": "14/124/04096", "year": 2022,
                 "periodStart": "2022-01-01", "periodEnd": "2022-03-31", "progressPercent": 10, "indicators": [],
                 "difficulties": null, "proposals": null, "filedBy": "UBND xã Lóng Phiêng",
                 "occurredAt": "2022-04-02T02:00:00Z"}
                """.formatted(id));
        sendDecision("vn.dvk.review.decided.v1", id, review(id, "APPROVE", null));

        awaitStatus(id, "APPROVED");
        assertThat(api.get("/api/v1/models/" + id).json().path("version").asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/models/" + id + "/refused-decisions").json().size()).isZero();
    }
}
