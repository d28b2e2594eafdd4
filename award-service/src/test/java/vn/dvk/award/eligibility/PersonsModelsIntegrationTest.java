package vn.dvk.award.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.award.support.AwardApiTest;
import vn.dvk.award.support.Evidence;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.testsupport.ServiceClient;

/**
 * A model's owner as a person, end to end inside the service: registration's model events name the owner's person
 * ({@code ownerPersonId}), award-service keeps it in its evidence, and an individual proposed without citing a model
 * is checked against the models he owns and their replicas (seed 000 §III.1.b).
 */
class PersonsModelsIntegrationTest extends AwardApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void an_owner_of_a_recognised_replicated_model_passes_and_an_owner_of_a_model_only_registered_fails() {
        String campaign = Evidence.yenChauCampaign();
        String builder = person("Lò Văn Pọm", "1970-03-12");
        String beginner = person("Cầm Thị Dung", "1988-07-30");
        String pears = Evidence.personsModel(builder, "Lò Văn Pọm", "04096", "14/124/04096", 2023,
                "Trồng lê Tai nung theo chuỗi giá trị", ModelStatus.RECOGNIZED, null);
        Evidence.replica(pears, "04063", "14/124/04063", 2024, "Trồng lê Tai nung bản Nà Viền");
        Evidence.personsModel(beginner, "Cầm Thị Dung", "04096", "14/124/04096", 2025, "Dệt thổ cẩm bản Cồn Huôt",
                ModelStatus.REGISTERED, null);

        String body = """
                {"campaignId": "%s", "occasion": "FINAL", "year": 2025, "formCode": "GIAY_KHEN_CHU_TICH_UBND_HUYEN",
                 "proposingUnitCode": "04096", "nominees": [
                   {"recipientType": "INDIVIDUAL", "personId": "%s"},
                   {"recipientType": "INDIVIDUAL", "personId": "%s"}]}""".formatted(campaign, builder, beginner);
        ServiceClient.Reply created = Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> communeClerk.post("/api/v1/proposals", body), reply -> reply.status() == 201);
        String id = created.text("id");

        JsonNode sheets = Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(
                () -> districtCouncil.get("/api/v1/proposals/" + id + "/eligibility").json(),
                json -> line(json, "N1").path("outcome").asString().equals("PASS")
                        && line(json, "N2").path("outcome").asString().equals("FAIL"));

        JsonNode passed = line(sheets, "N1");
        assertThat(passed.path("kind").asString()).isEqualTo("REPLICATED_MODEL");
        assertThat(passed.path("explanation").asString()).contains("Trồng lê Tai nung theo chuỗi giá trị");
        assertThat(passed.path("evidence").get(0).asString()).contains("Trồng lê Tai nung theo chuỗi giá trị",
                "mã " + builder, "nhân rộng tại", "Trồng lê Tai nung bản Nà Viền");
        assertThat(line(sheets, "N2").path("evidence").get(0).asString()).contains("Dệt thổ cẩm bản Cồn Huôt");
    }

    private String person(String name, String dateOfBirth) {
        ServiceClient.Reply registered = communeClerk.post("/api/v1/people", """
                {"fullName": "%s", "dateOfBirth": "%s", "unitCode": "04096", "position": "Nông dân"}"""
                .formatted(name, dateOfBirth));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.text("id");
    }

    /** The result of the model criterion on a nominee's sheet, or a missing node. */
    private static JsonNode line(JsonNode sheets, String nominee) {
        for (JsonNode sheet : sheets) {
            if (sheet.path("nomineeId").asString().equals(nominee)) {
                for (JsonNode line : sheet.path("lines")) {
                    if (line.path("result").path("code").asString().equals("MODEL_RECOGNIZED")) {
                        return line.path("result");
                    }
                }
            }
        }
        return sheets.path("absent");
    }
}
