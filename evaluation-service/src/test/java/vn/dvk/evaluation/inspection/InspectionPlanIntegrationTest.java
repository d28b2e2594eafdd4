package vn.dvk.evaluation.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dvk.evaluation.demo.application.DemoInspectionPlan;
import vn.dvk.evaluation.support.EvaluationApiTest;
import vn.dvk.evaluation.support.EvaluationTopic;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

class InspectionPlanIntegrationTest extends EvaluationApiTest {

    @Autowired
    DemoInspectionPlan demo;

    private static String plan(String name, String targets, String members) {
        return """
                {"year": 2022, "round": "MID_YEAR", "name": "%s", "decisionNumber": "12/KH-BCĐ",
                 "decisionDate": "2022-05-20", "issuingUnitCode": "124",
                 "targets": %s,
                 "teams": [{"key": "doan-1", "name": "Đoàn kiểm tra số 1", "members": %s}]}
                """.formatted(name, targets, members);
    }

    private static final String TWO_TARGETS = """
            [{"unitCode": "04096", "teamKey": "doan-1"}, {"unitCode": "04063.THCS", "teamKey": "doan-1"}]""";
    private static final String HEAD_AND_SECRETARY = """
            [{"name": "Lò Văn Minh", "position": "Phó Trưởng Ban Dân vận", "role": "HEAD"},
             {"name": "Cầm Thị Hoa", "position": "Chuyên viên", "role": "SECRETARY"}]""";

    private List<String> planNames(String query) {
        List<String> names = new ArrayList<>();
        for (JsonNode view : http.get("/api/v1/inspection-plans?" + query).json()) {
            names.add(view.path("plan").path("name").asString());
        }
        return names;
    }

    @Test
    void a_plan_is_published_listed_for_its_units_and_its_targets_inspected_once() {
        String name = "Kiểm tra giữa năm " + UUID.randomUUID();
        ServiceClient.Reply published = http.post("/api/v1/inspection-plans", plan(name, TWO_TARGETS, HEAD_AND_SECRETARY));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        String planId = published.json().path("plan").path("id").asString();
        JsonNode targets = published.json().path("plan").path("targets");
        assertThat(targets).hasSize(2);
        assertThat(targets.get(0).path("unitName").asString()).isEqualTo("Xã Lóng Phiêng");
        assertThat(targets.get(1).path("unitPath").asString()).isEqualTo("14/124/04063/04063.THCS");

        assertThat(planNames("unit=04096&year=2022")).contains(name);
        assertThat(planNames("unit=124&year=2022")).contains(name);
        assertThat(planNames("unit=125&year=2022")).doesNotContain(name);
        assertThat(planNames("unit=124&year=2023")).doesNotContain(name);

        ServiceClient.Reply inspected = http.post("/api/v1/inspection-plans/" + planId + "/inspections", """
                {"targetId": "t1", "inspectedOn": "2022-06-20", "findings": "Triển khai đầy đủ",
                 "minutes": "Biên bản kiểm tra ngày 20/6/2022 tại UBND xã Lóng Phiêng", "recordedBy": "Đoàn kiểm tra số 1"}
                """);
        assertThat(inspected.status()).as(inspected.body()).isEqualTo(201);
        ServiceClient.Reply again = http.post("/api/v1/inspection-plans/" + planId + "/inspections", """
                {"targetId": "t1", "inspectedOn": "2022-06-21", "findings": "Lần hai", "recordedBy": "Đoàn 1"}""");
        ServiceClient.Reply wrongYear = http.post("/api/v1/inspection-plans/" + planId + "/inspections", """
                {"targetId": "t2", "inspectedOn": "2021-06-21", "findings": "Sai năm", "recordedBy": "Đoàn 1"}""");
        ServiceClient.Reply noTarget = http.post("/api/v1/inspection-plans/" + planId + "/inspections", """
                {"targetId": "t9", "inspectedOn": "2022-06-21", "findings": "Không có", "recordedBy": "Đoàn 1"}""");

        assertThat(again.status()).isEqualTo(409);
        assertThat(wrongYear.status()).isEqualTo(422);
        assertThat(wrongYear.errorFields()).containsExactly("inspectedOn");
        assertThat(noTarget.status()).isEqualTo(422);
        assertThat(noTarget.errorFields()).containsExactly("targetId");
        assertThat(http.get("/api/v1/inspection-plans/" + planId).json().path("inspections")).hasSize(1);

        List<TopicProbe.Received> events = topic.await(planId, 2);
        assertThat(EvaluationTopic.types(events)).containsExactly("vn.dvk.inspection-plan.published.v1",
                "vn.dvk.inspection.completed.v1");
        assertThat(events.get(0).event().unitPath()).isEqualTo("14/124");
        assertThat(events.get(1).event().unitPath()).isEqualTo("14/124/04096");
    }

    @Test
    void a_team_with_two_heads_an_unknown_team_or_an_unknown_unit_is_refused_and_nothing_is_stored() {
        String name = "Kế hoạch sai " + UUID.randomUUID();
        ServiceClient.Reply twoHeads = http.post("/api/v1/inspection-plans", plan(name, TWO_TARGETS, """
                [{"name": "A", "role": "HEAD"}, {"name": "B", "role": "HEAD"}]"""));
        ServiceClient.Reply unknownTeam = http.post("/api/v1/inspection-plans", plan(name, """
                [{"unitCode": "04096", "teamKey": "doan-9"}]""", HEAD_AND_SECRETARY));
        ServiceClient.Reply unknownUnit = http.post("/api/v1/inspection-plans", plan(name, """
                [{"unitCode": "99999", "teamKey": "doan-1"}]""", HEAD_AND_SECRETARY));
        ServiceClient.Reply outsideIssuer = http.post("/api/v1/inspection-plans", plan(name, """
                [{"unitCode": "04105", "teamKey": "doan-1"}]""", HEAD_AND_SECRETARY));
        ServiceClient.Reply badRole = http.post("/api/v1/inspection-plans", plan(name, TWO_TARGETS, """
                [{"name": "A", "role": "CHIEF"}]"""));

        assertThat(twoHeads.status()).isEqualTo(400);
        assertThat(twoHeads.errorFields()).containsExactly("teams[0].members");
        assertThat(unknownTeam.status()).isEqualTo(400);
        assertThat(unknownTeam.errorFields()).containsExactly("targets[0].teamKey");
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(unknownUnit.errorFields()).containsExactly("targets[0].unitCode");
        assertThat(outsideIssuer.status()).isEqualTo(422);
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(planNames("unit=124")).doesNotContain(name);
    }

    @Test
    void the_demo_plan_of_decision_81_lists_the_inspections_of_seed_004_and_loads_only_once() {
        demo.load();
        demo.load();

        JsonNode view = http.get("/api/v1/inspection-plans/" + DemoInspectionPlan.PLAN_ID).json();
        assertThat(view.path("plan").path("decisionNumber").asString()).isEqualTo("81/QĐ-UBND");
        assertThat(view.path("plan").path("decisionDate").asString()).isEqualTo("2022-01-27");
        assertThat(view.path("plan").path("targets")).hasSize(27);
        assertThat(view.path("inspections")).hasSize(27);
        List<String> names = new ArrayList<>();
        view.path("inspections").forEach(inspection -> names.add(inspection.path("unitName").asString()));
        assertThat(names).contains("Ủy ban nhân dân xã Chiềng Tương", "Trường Mầm non Hoa Ban",
                "Trường THCS Tú Nang", "Thanh tra huyện", "Phòng Lao động - Thương binh và Xã hội");
        assertThat(names.stream().filter(n -> n.startsWith("Ủy ban nhân dân xã"))).hasSize(8);
        assertThat(names.stream().filter(n -> n.startsWith("Trường"))).hasSize(17);
        List<TopicProbe.Received> events = topic.await(DemoInspectionPlan.PLAN_ID, 28);
        assertThat(events).hasSize(28);
        assertThat(planNames("unit=04093&year=2022")).hasSizeGreaterThanOrEqualTo(1);
    }
}
