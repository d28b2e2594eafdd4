package vn.dvk.registration.campaign.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dvk.registration.support.RegistrationApiTest;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

class CampaignApiTest extends RegistrationApiTest {

    private static final String LONG_PHIENG_2022_2023 = """
            {"issuingUnitCode": "04096", "name": "Kế hoạch thực hiện phong trào Dân vận khéo xã Lóng Phiêng",
             "documentNumber": "05/KH-UBND", "documentDate": "2022-02-10", "startYear": 2022, "endYear": 2023,
             "phases": [{"name": "Đợt 1", "startDate": "2022-02-10", "endDate": "2022-12-31"},
                        {"name": "Đợt 2", "startDate": "2023-01-01", "endDate": "2023-07-31"}],
             "targets": [{"appliesTo": "COMMUNE", "level": "GRASSROOTS", "year": null, "minimumModels": 5,
                          "description": "Mỗi đảng bộ xã ít nhất 05 mô hình"}]}
            """;

    private long stored() {
        return stored(CampaignDocument.class);
    }

    private ObjectNode body() {
        return (ObjectNode) ServiceClient.JSON.readTree(LONG_PHIENG_2022_2023);
    }

    @Test
    void a_plan_is_published_read_listed_and_updated_with_its_events_on_the_topic() {
        ServiceClient.Reply created = api.post("/api/v1/campaigns", LONG_PHIENG_2022_2023);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/campaigns/" + id);
        assertThat(created.json().path("issuingUnitPath").asString()).isEqualTo("14/124/04096");
        assertThat(created.json().path("phases").size()).isEqualTo(2);
        assertThat(created.json().path("version").asLong()).isEqualTo(1);

        ObjectNode child = body();
        child.put("issuingUnitCode", "04096.THCS");
        child.put("name", "Kế hoạch của Trường THCS Lóng Phiêng");
        child.put("parentCampaignId", id);
        assertThat(api.post("/api/v1/campaigns", child.toString()).status()).isEqualTo(201);

        List<JsonNode> inCommune = api.get("/api/v1/campaigns?unit=04096&year=2023").json().valueStream().toList();
        assertThat(inCommune).hasSize(2);
        assertThat(api.get("/api/v1/campaigns?unit=04096&year=2025").json().size()).isZero();

        ObjectNode edit = body();
        edit.put("name", "Kế hoạch Dân vận khéo xã Lóng Phiêng (sửa đổi)");
        ServiceClient.Reply updated = api.put("/api/v1/campaigns/" + id, edit.toString(), Map.of("If-Match", "\"1\""));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("version").asLong()).isEqualTo(2);
        ServiceClient.Reply stale = api.put("/api/v1/campaigns/" + id, edit.toString(), Map.of("If-Match", "1"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("code").asString()).isEqualTo("stale-version");
        assertThat(api.get("/api/v1/campaigns/" + id).json().path("version").asLong()).isEqualTo(2);

        List<TopicProbe.Received> events = topic.await(id, 2);
        assertThat(events).extracting(event -> event.event().type())
                .containsExactly("vn.dvk.campaign.published.v1", "vn.dvk.campaign.updated.v1");
        assertThat(events).extracting(event -> event.event().unitPath()).containsOnly("14/124/04096");
        assertThat(events).extracting(event -> event.event().sequence()).containsExactly(1L, 2L);
        JsonNode payload = ServiceClient.JSON.readTree(events.get(1).value()).path("campaign");
        assertThat(payload.path("version").asLong()).isEqualTo(2);
        assertThat(payload.path("targets").get(0).path("minimumModels").asInt()).isEqualTo(5);
    }

    @Test
    void bad_plans_are_4xx_problems_naming_the_field_and_store_nothing() {
        long before = stored();
        ObjectNode reversedYears = body();
        reversedYears.put("endYear", 2021);
        assertProblem(api.post("/api/v1/campaigns", reversedYears.toString()), 422, "endYear");

        ObjectNode reversedPhase = body();
        ((ObjectNode) reversedPhase.path("phases").get(1)).put("endDate", "2022-12-01");
        assertProblem(api.post("/api/v1/campaigns", reversedPhase.toString()), 422, "phases[1].endDate");

        ObjectNode noName = body();
        noName.remove("name");
        assertProblem(api.post("/api/v1/campaigns", noName.toString()), 400, "name");

        ObjectNode unknownUnit = body();
        unknownUnit.put("issuingUnitCode", "99999");
        assertProblem(api.post("/api/v1/campaigns", unknownUnit.toString()), 422, "issuingUnitCode");

        ObjectNode maiSon = body();
        maiSon.put("issuingUnitCode", "125");
        assertProblem(api.post("/api/v1/campaigns", maiSon.toString()), 403, "issuingUnitCode");

        ObjectNode orphan = body();
        orphan.put("parentCampaignId", "no-such-campaign");
        assertProblem(api.post("/api/v1/campaigns", orphan.toString()), 422, "parentCampaignId");

        assertThat(api.get("/api/v1/campaigns/no-such-campaign").status()).isEqualTo(404);
        assertThat(stored()).isEqualTo(before);
    }

    private static void assertProblem(ServiceClient.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.errorFields()).as(reply.body()).contains(field);
    }
}
