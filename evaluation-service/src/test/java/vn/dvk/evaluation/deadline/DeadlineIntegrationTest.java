package vn.dvk.evaluation.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.evaluation.support.EvaluationApiTest;
import vn.dvk.evaluation.support.EvaluationTopic;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.evaluation.support.RegistrationFeed;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

class DeadlineIntegrationTest extends EvaluationApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ModelSnapshot chiengTuongModel(String id, String campaignId, ModelStatus status) {
        return ModelFixtures.naDaFishCages().withId(id).inCampaign(campaignId).withStatus(status).atVersion(4)
                .snapshot();
    }

    /** Status of each item about one subject, keyed by kind and due date. */
    private Map<String, String> itemsAbout(String subjectId) {
        Map<String, String> items = new LinkedHashMap<>();
        for (JsonNode item : http.get("/api/v1/deadlines?unit=04102&year=2023").json().path("items")) {
            if (subjectId.equals(item.path("subjectId").asString())) {
                items.put(item.path("kind").asString() + " " + item.path("dueDate").asString(),
                        item.path("status").asString());
            }
        }
        return items;
    }

    @Test
    void deadlines_of_a_unit_show_reports_recognition_and_self_assessments_as_done_or_late() {
        String campaignId = "campaign-" + UUID.randomUUID();
        campaignOfYenChau(campaignId);
        ServiceClient.Reply configured = http.put("/api/v1/campaigns/" + campaignId + "/deadlines",
                "{\"recognition\": \"20/12\"}");
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        assertThat(configured.text("midYearReport")).isEqualTo("25/7");
        String modelId = "fish-" + UUID.randomUUID();
        String rejectedId = "rejected-" + UUID.randomUUID();
        RegistrationFeed.statusChanged(chiengTuongModel(modelId, campaignId, ModelStatus.APPROVED),
                ModelStatus.REGISTERED, null);
        RegistrationFeed.statusChanged(chiengTuongModel(rejectedId, null, ModelStatus.REJECTED),
                ModelStatus.REGISTERED, "Không khả thi");
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/v1/known-models/" + modelId).status() == 200
                && http.get("/api/v1/known-models/" + rejectedId).status() == 200);
        assertThat(http.post("/api/v1/self-assessments", """
                {"modelId": "%s", "periodStart": "2023-01-01", "periodEnd": "2023-03-31", "progressPercent": 25,
                 "filedBy": "UBND xã Chiềng Tương"}""".formatted(modelId)).status()).isEqualTo(201);
        ServiceClient.Reply plan = http.post("/api/v1/inspection-plans", """
                {"year": 2023, "round": "MID_YEAR", "name": "Kiểm tra 6 tháng đầu năm 2023",
                 "issuingUnitCode": "124", "targets": [{"unitCode": "04102", "teamKey": "d1"}],
                 "teams": [{"key": "d1", "name": "Đoàn 1", "members": [{"name": "Lò Văn Minh", "role": "HEAD"}]}]}""");
        String planId = plan.json().path("plan").path("id").asString();

        assertThat(itemsAbout(modelId)).containsExactly(
                Map.entry("SELF_ASSESSMENT 2023-04-10", "DONE"),
                Map.entry("SELF_ASSESSMENT 2023-07-10", "LATE"),
                Map.entry("SELF_ASSESSMENT 2023-10-10", "LATE"),
                Map.entry("RECOGNITION 2023-12-20", "LATE"));
        assertThat(itemsAbout(rejectedId)).isEmpty();
        assertThat(itemsAbout(planId)).containsExactly(Map.entry("MID_YEAR_REPORT 2023-07-25", "LATE"));

        http.post("/api/v1/inspection-plans/" + planId + "/inspections", """
                {"targetId": "t1", "inspectedOn": "2023-07-12", "findings": "Đạt yêu cầu", "recordedBy": "Đoàn 1"}""");
        for (String[] quarter : new String[][] {{"2023-04-01", "2023-06-30"}, {"2023-07-01", "2023-09-30"},
                {"2023-10-01", "2023-12-31"}}) {
            assertThat(http.post("/api/v1/self-assessments", """
                    {"modelId": "%s", "periodStart": "%s", "periodEnd": "%s", "progressPercent": 75}"""
                    .formatted(modelId, quarter[0], quarter[1])).status()).isEqualTo(201);
        }
        String yearEndPlanId = yearEndInspection(modelId, "04102", 2023);
        ServiceClient.Reply evaluated = committeeOf("04102").post("/api/v1/evaluations", """
                {"modelId": "%s", "round": "YEAR_END", "recognized": true, "evaluatedBy": "Đoàn 1", "planId": "%s",
                 "scores": [{"criterion": "PRACTICAL_EFFECTIVE", "score": 9}, {"criterion": "SUSTAINABLE", "score": 8},
                   {"criterion": "REPLICABLE", "score": 8}, {"criterion": "ENGAGES_PEOPLE", "score": 9},
                   {"criterion": "HONEST", "score": 10}]}""".formatted(modelId, yearEndPlanId));
        assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(201);

        assertThat(itemsAbout(planId)).containsExactly(Map.entry("MID_YEAR_REPORT 2023-07-25", "DONE"));
        assertThat(itemsAbout(modelId)).containsEntry("RECOGNITION 2023-12-20", "DONE");
    }

    @Test
    void malformed_deadlines_and_an_unknown_unit_are_refused() {
        ServiceClient.Reply malformed = http.put("/api/v1/campaigns/c-1/deadlines", "{\"midYearReport\": \"32/7\"}");
        ServiceClient.Reply unknownUnit = http.get("/api/v1/deadlines?unit=00000&year=2023");
        ServiceClient.Reply badYear = http.get("/api/v1/deadlines?unit=124&year=abc");
        ServiceClient.Reply ancientYear = http.get("/api/v1/deadlines?unit=124&year=1900");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("midYearReport");
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.errorFields()).containsExactly("year");
        assertThat(ancientYear.status()).isEqualTo(400);
        assertThat(ancientYear.errorFields()).containsExactly("year");
        assertThat(http.get("/api/v1/campaigns/c-1/deadlines").json().path("version").asLong()).isZero();
    }

    @Test
    void deadlines_are_set_only_for_a_known_campaign_never_reset_by_an_empty_body_and_carry_bounded_reminder_days() {
        String campaignId = "campaign-" + UUID.randomUUID();
        ServiceClient.Reply unknown = http.put("/api/v1/campaigns/" + campaignId + "/deadlines",
                "{\"recognition\": \"20/12\"}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text("code")).isEqualTo("unknown-campaign");
        assertThat(unknown.errorFields()).containsExactly("campaignId");
        campaignOfYenChau(campaignId);
        assertThat(http.get("/api/v1/campaigns/" + campaignId + "/deadlines").json().path("reminderDays"))
                .extracting(JsonNode::asInt).containsExactly(7, 1);

        ServiceClient.Reply midYear = http.put("/api/v1/campaigns/" + campaignId + "/deadlines",
                "{\"midYearReport\": \"20/7\", \"reminderDays\": [3, 14]}");
        ServiceClient.Reply empty = http.put("/api/v1/campaigns/" + campaignId + "/deadlines", "{}");
        ServiceClient.Reply badDays = http.put("/api/v1/campaigns/" + campaignId + "/deadlines",
                "{\"reminderDays\": [0, 400, 5, 5]}");
        ServiceClient.Reply recognition = http.put("/api/v1/campaigns/" + campaignId + "/deadlines",
                "{\"recognition\": \"20/12\"}");

        assertThat(midYear.status()).as(midYear.body()).isEqualTo(200);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactlyInAnyOrder("midYearReport", "yearEndReport", "recognition",
                "reminderDays");
        assertThat(badDays.status()).isEqualTo(400);
        assertThat(badDays.errorFields()).containsExactly("reminderDays[0]", "reminderDays[1]", "reminderDays[3]");
        assertThat(recognition.status()).as(recognition.body()).isEqualTo(200);
        JsonNode kept = http.get("/api/v1/campaigns/" + campaignId + "/deadlines").json();
        assertThat(kept.path("midYearReport").asString()).as("a field left out keeps its value").isEqualTo("20/7");
        assertThat(kept.path("recognition").asString()).isEqualTo("20/12");
        assertThat(kept.path("reminderDays")).extracting(JsonNode::asInt).containsExactly(14, 3);
        assertThat(kept.path("version").asLong()).isEqualTo(recognition.json().path("version").asLong());
        List<TopicProbe.Received> told = topic.await(campaignId, 2);
        assertThat(EvaluationTopic.types(told)).as("every accepted setting, none of the refused ones, tells the units"
                + " below").containsExactly("vn.dvk.campaign-deadlines.set.v1", "vn.dvk.campaign-deadlines.set.v1");
        JsonNode latest = JSON.readTree(told.get(1).value());
        assertThat(told.get(1).event().unitPath()).isEqualTo("14");
        assertThat(latest.path("unitCode").asString()).isEqualTo("14");
        assertThat(latest.path("midYearReport").asString()).isEqualTo("--07-20");
        assertThat(latest.path("yearEndReport").asString()).isEqualTo("--12-15");
        assertThat(latest.path("recognition").asString()).isEqualTo("--12-20");

        ServiceClient.Reply plan = http.post("/api/v1/inspection-plans", """
                {"year": 2023, "round": "MID_YEAR", "name": "Kiểm tra giữa năm theo phong trào", "campaignId": "%s",
                 "issuingUnitCode": "124",
                 "targets": [{"unitCode": "04102", "teamKey": "d1"}, {"unitCode": "04096", "teamKey": "d1"}],
                 "teams": [{"key": "d1", "name": "Đoàn 1", "members": [{"name": "Lò Văn Minh", "role": "HEAD"}]}]}"""
                .formatted(campaignId));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        assertThat(itemsAbout(plan.json().path("plan").path("id").asString()))
                .as("the campaign's mid-year deadline, not the configured 25/7")
                .containsExactly(Map.entry("MID_YEAR_REPORT 2023-07-20", "LATE"));
    }
}
