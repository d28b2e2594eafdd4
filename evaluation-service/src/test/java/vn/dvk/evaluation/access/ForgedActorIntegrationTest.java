package vn.dvk.evaluation.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.evaluation.support.EvaluationApiTest;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.evaluation.support.RegistrationFeed;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/**
 * A history entry cannot be forged: every write names a stranger in the {@code X-Dvk-Actor} header and in the body's
 * name field, and every record, history and event names the official of the access token instead.
 */
class ForgedActorIntegrationTest extends EvaluationApiTest {

    private static final String FORGED = "Người mạo danh";
    private static final Map<String, String> FORGED_HEADER = Map.of("X-Dvk-Actor",
            URLEncoder.encode(FORGED, StandardCharsets.UTF_8));
    private static final String COMMITTEE = "Cán bộ longphieng.bcd (longphieng.bcd)";
    private static final String CLERK = "Cán bộ longphieng.canbo (longphieng.canbo)";

    @Autowired
    MongoTemplate mongo;

    private ServiceClient.Reply created(ServiceClient client, String path, String json) {
        ServiceClient.Reply reply = client.post(path, json, FORGED_HEADER);
        assertThat(reply.status()).as("%s %s", path, reply.body()).isEqualTo(201);
        return reply;
    }

    @Test
    void x_dvk_actor_and_names_in_bodies_are_ignored_by_every_record_history_and_event() {
        String run = UUID.randomUUID().toString();
        registeredPerson("Lò Văn " + run, null, "04096", "Hộ " + run);
        String registered = "forged-registered-" + run;
        String active = "forged-active-" + run;
        RegistrationFeed.registered(ModelFixtures.taiNungPears().withId(registered).snapshot());
        RegistrationFeed.registered(ModelFixtures.taiNungPears().withId(active).withStatus(ModelStatus.IN_PROGRESS)
                .atVersion(5).snapshot());
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/v1/known-models/" + registered).status()
                == 200 && http.get("/api/v1/known-models/" + active).status() == 200);
        ServiceClient committee = http.as("longphieng.bcd", "04096", "STEERING_MEMBER");
        ServiceClient clerk = http.as("longphieng.canbo", "04096", "UNIT_CLERK");

        ServiceClient.Reply review = created(committee, "/api/v1/reviews", """
                {"modelId": "%s", "decision": "RETURN", "reason": "Bổ sung", "reviewer": "%s"}"""
                .formatted(registered, FORGED));
        ServiceClient.Reply evaluation = created(committee, "/api/v1/evaluations", """
                {"modelId": "%s", "round": "MID_YEAR", "recognized": false, "evaluatedBy": "%s",
                 "scores": [{"criterion": "PRACTICAL_EFFECTIVE", "score": 7}, {"criterion": "SUSTAINABLE", "score": 7},
                   {"criterion": "REPLICABLE", "score": 7}, {"criterion": "ENGAGES_PEOPLE", "score": 7},
                   {"criterion": "HONEST", "score": 7}]}""".formatted(active, FORGED));
        ServiceClient.Reply assessment = created(clerk, "/api/v1/self-assessments", """
                {"modelId": "%s", "periodStart": "2022-01-01", "periodEnd": "2022-03-31", "progressPercent": 30,
                 "filedBy": "%s"}""".formatted(active, FORGED));
        ServiceClient.Reply plan = created(committee, "/api/v1/inspection-plans", """
                {"year": 2022, "round": "MID_YEAR", "name": "Kiểm tra giữa năm", "issuingUnitCode": "04096",
                 "publishedBy": "%s", "targets": [{"unitCode": "04096", "teamKey": "x1"}],
                 "teams": [{"key": "x1", "name": "Tổ kiểm tra", "members": [{"name": "Lò Thị Mai", "role": "HEAD"}]}]}
                """.formatted(FORGED));
        String planId = plan.json().at("/plan/id").asString();
        ServiceClient.Reply inspection = created(committee, "/api/v1/inspection-plans/" + planId + "/inspections", """
                {"targetId": "t1", "inspectedOn": "2022-06-20", "findings": "Đạt", "recordedBy": "%s"}"""
                .formatted(FORGED));
        ServiceClient.Reply rating = created(committee, "/api/v1/task-ratings", """
                {"subject": "INDIVIDUAL", "unitCode": "04096", "personName": "Lò Văn %s", "year": 2022,
                 "rating": "GOOD", "recordedBy": "%s"}""".formatted(run, FORGED));
        ServiceClient.Reply title = created(committee, "/api/v1/titles", """
                {"title": "CULTURAL_FAMILY", "unitCode": "04096", "holderName": "Hộ %s", "year": 2022,
                 "recordedBy": "%s"}""".formatted(run, FORGED));
        campaignOfYenChau("forged-" + run);
        ServiceClient.Reply weights = committee.put("/api/v1/campaigns/forged-" + run + "/evaluation-weights", """
                {"weights": {"PRACTICAL_EFFECTIVE": 2, "SUSTAINABLE": 1, "REPLICABLE": 1, "ENGAGES_PEOPLE": 1,
                 "HONEST": 1}, "updatedBy": "%s"}""".formatted(FORGED), FORGED_HEADER);
        assertThat(weights.status()).as(weights.body()).isEqualTo(200);

        assertThat(review.text("reviewer")).isEqualTo(COMMITTEE);
        assertThat(committee.get("/api/v1/reviews?modelId=" + registered).json().get(0).path("reviewer").asString())
                .isEqualTo(COMMITTEE);
        assertThat(evaluation.text("evaluatedBy")).isEqualTo(COMMITTEE);
        assertThat(assessment.text("filedBy")).isEqualTo(CLERK);
        assertThat(plan.json().at("/plan/publishedBy").asString()).isEqualTo(COMMITTEE);
        assertThat(inspection.text("recordedBy")).isEqualTo(COMMITTEE);
        assertThat(rating.text("recordedBy")).isEqualTo(COMMITTEE);
        assertThat(title.text("recordedBy")).isEqualTo(COMMITTEE);

        Map<String, Integer> eventsByKey = Map.of(registered, 1, active, 2, planId, 2, rating.text("ratingId"), 1,
                title.text("titleId"), 1);
        List<TopicProbe.Received> events = new ArrayList<>();
        eventsByKey.forEach((key, count) -> events.addAll(topic.await(key, count)));
        assertThat(events).allSatisfy(event -> {
            assertThat(event.value()).doesNotContain(FORGED);
            assertThat(event.value()).contains(event.event().type().equals("vn.dvk.self-assessment.filed.v1")
                    ? CLERK : COMMITTEE);
        });
        for (String collection : mongo.getCollectionNames()) {
            for (Document stored : mongo.getCollection(collection).find()) {
                assertThat(stored.toJson()).as("a document of %s", collection).doesNotContain(FORGED);
            }
        }
    }
}
