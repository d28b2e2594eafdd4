package vn.dvk.registration.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.Topics;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/**
 * Brings a model of Lóng Phiêng (04096) to {@code RECOGNIZED} the way it happens: evaluation-service's review approves
 * it and its year-end evaluation recognises it, both as events on the broker.
 */
public final class Recognitions {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private Recognitions() {
    }

    public static void recognize(ServiceClient api, String modelId, int year) {
        send("vn.dvk.review.decided.v1", modelId, """
                {"reviewId": "%s", "modelId": "%s", "unitPath": "14/124/04096", "decision": "APPROVE",
                 "reason": null, "reviewer": "Ban Dân vận Huyện ủy", "occurredAt": "%s"}
                """.formatted(UUID.randomUUID(), modelId, Instant.now()));
        await().atMost(PATIENCE).until(() -> api.get("/api/v1/models/" + modelId).json().path("status").asString(),
                "APPROVED"::equals);
        send("vn.dvk.model.recognition-decided.v1", modelId, """
                {"evaluationId": "%s", "modelId": "%s", "unitPath": "14/124/04096", "year": %d,
                 "recognized": true, "totalScore": 92.5, "reason": "Hiệu quả, có sức lan tỏa",
                 "decidedBy": "Ban Chỉ đạo huyện", "occurredAt": "%s"}
                """.formatted(UUID.randomUUID(), modelId, year, Instant.now()));
        await().atMost(PATIENCE).until(() -> api.get("/api/v1/models/" + modelId).json().path("status").asString(),
                "RECOGNIZED"::equals);
    }

    private static void send(String type, String modelId, String payload) {
        TopicProbe.send(Topics.EVALUATION, new CloudEvent(UUID.randomUUID().toString(), "/dvk/evaluation-service/124",
                type, modelId, Instant.now(), "urn:dvk:schema:" + type, "14/124/04096", 1), payload);
    }
}
