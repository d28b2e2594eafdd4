package vn.dvk.portal.evaluation.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.dvk.portal.fixtures.InspectionPayloads;
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.PortalWebTest;

/**
 * Inspection plans through the portal: the list of a unit's subtree, the form that issues a plan for a model (the
 * service's field messages in place, a repeated plan confirmed), the plan's page where a target's inspection is
 * recorded, the model's page offering the inspected plan to its year-end evaluation, and the refusal page when the
 * service refuses the official.
 */
class InspectionPagesTest extends PortalWebTest {

    private static final String PLAN = "/api/v1/inspection-plans/" + InspectionPayloads.PLAN_ID;

    @Test
    void the_list_shows_the_plans_of_the_chosen_unit_and_year_and_an_empty_state() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.district124())
                .json("GET", "/api/v1/inspection-plans", "[" + InspectionPayloads.plan(
                        InspectionPayloads.inspection("t1", null, false)) + "]");

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/inspections").param("year", "2022")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch kiểm tra cuối năm 2022")))
                .andExpect(content().string(containsString("81/QĐ-UBND ngày 27/01/2022")))
                .andExpect(content().string(containsString("id=\"new-plan\"")));
        assertThat(SERVICES.received("GET", "/api/v1/inspection-plans").get(0).query())
                .contains("unit=124", "year=2022");
        assertThat(SERVICES.received("GET", "/api/v1/inspection-plans").get(0).header("Authorization"))
                .isEqualTo("Bearer token-steering.124");

        SERVICES.json("GET", "/api/v1/inspection-plans", "[]");
        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/inspections").param("year", "2021")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có kế hoạch kiểm tra nào trong năm 2021")))
                .andExpect(content().string(not(containsString("id=\"new-plan\""))));
    }

    @Test
    void a_plan_for_a_model_is_issued_from_its_page_and_opens_on_the_plan() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.district124())
                .json("GET", "/api/v1/models/m-1", Payloads.model("m-1", "Cà phê Nà Sành", "APPROVED"))
                .json("GET", "/api/v1/models", Payloads.page(1, Payloads.model("m-2", "Chè Shan tuyết",
                        "IN_PROGRESS")));

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/inspections/new")
                        .param("modelId", "m-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"plan-form\"")))
                .andExpect(model().attribute("form", hasProperty("name",
                        is("Kế hoạch kiểm tra mô hình “Cà phê Nà Sành” năm 2022"))))
                .andExpect(content().string(containsString("Chè Shan tuyết")))
                .andExpect(content().string(containsString("value=\"m-1\" checked=\"checked\"")));
        assertThat(SERVICES.received("GET", "/api/v1/models").get(0).query())
                .contains("unit=124", "year=2022", "status=APPROVED", "status=IN_PROGRESS");

        SERVICES.answer("POST", "/api/v1/inspection-plans", 201, "application/json", InspectionPayloads.plan());
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post("/inspections/new").with(csrf())
                        .param("name", "Kế hoạch kiểm tra cuối năm 2022").param("year", "2022")
                        .param("round", "YEAR_END").param("decisionNumber", "81/QĐ-UBND")
                        .param("decisionDate", "27/01/2022").param("issuingUnitCode", "124")
                        .param("models", "m-1").param("units", "04096")
                        .param("teamName", "Đoàn kiểm tra số 1").param("headName", "Lò Văn Thắng")
                        .param("headPosition", "Trưởng ban Dân vận Huyện ủy")
                        .param("members", "Cầm Thị Hoa, chuyên viên\n\nQuàng Văn Tú")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inspections/" + InspectionPayloads.PLAN_ID));
        assertThat(SERVICES.received("POST", "/api/v1/inspection-plans").get(0).body()).contains(
                "\"year\":2022", "\"round\":\"YEAR_END\"", "\"decisionDate\":\"2022-01-27\"",
                "\"issuingUnitCode\":\"124\"",
                "{\"unitCode\":null,\"modelId\":\"m-1\",\"teamKey\":\"doan-1\"}",
                "{\"unitCode\":\"04096\",\"modelId\":null,\"teamKey\":\"doan-1\"}",
                "{\"name\":\"Lò Văn Thắng\",\"position\":\"Trưởng ban Dân vận Huyện ủy\",\"role\":\"HEAD\"}",
                "{\"name\":\"Cầm Thị Hoa\",\"position\":\"chuyên viên\",\"role\":\"MEMBER\"}",
                "{\"name\":\"Quàng Văn Tú\",\"position\":null,\"role\":\"MEMBER\"}",
                "\"confirmDuplicate\":false");
        assertThat(SERVICES.received("POST", "/api/v1/inspection-plans").get(0).header("Idempotency-Key"))
                .isNotBlank();
    }

    @Test
    void the_services_field_messages_are_shown_in_place_and_a_repeated_plan_is_confirmed() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.district124())
                .json("GET", "/api/v1/models", Payloads.page(0))
                .problem("POST", "/api/v1/inspection-plans", 400, """
                        {"status":400,"code":"invalid-input","title":"Dữ liệu không hợp lệ","errors":[
                          {"field":"targets","message":"không được để trống"},
                          {"field":"teams[0].members","message":"đoàn phải có trưởng đoàn"},
                          {"field":null,"message":"Kế hoạch chưa hợp lệ"}]}""");

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post("/inspections/new").with(csrf())
                        .param("name", "Kế hoạch").param("year", "2022").param("round", "YEAR_END")
                        .param("issuingUnitCode", "124").param("teamName", "Đoàn 1")
                        .param("members", "Cầm Thị Hoa")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"error-message\" id=\"targets-error\">không được để trống</p>")))
                .andExpect(content().string(containsString("<p class=\"error-message\" id=\"team-error\">đoàn phải có trưởng đoàn</p>")))
                .andExpect(content().string(containsString("Cầm Thị Hoa</textarea>")))
                .andExpect(content().string(not(containsString("href=\"#null\""))));

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post("/inspections/new").with(csrf())
                        .param("year", "hai nghìn").param("decisionDate", "31/02/2022")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Năm phải là số có bốn chữ số")))
                .andExpect(content().string(containsString("&#39;31/02/2022&#39; không phải ngày (dd/mm/yyyy)")));
        assertThat(SERVICES.received("POST", "/api/v1/inspection-plans")).hasSize(1);

        SERVICES.problem("POST", "/api/v1/inspection-plans", 409, """
                {"status":409,"code":"duplicate-plan","title":"Xung đột","detail":"Kế hoạch trùng với kế hoạch 'Kế hoạch kiểm tra cuối năm 2022'",
                 "errors":[{"field":"confirmDuplicate","message":"Kế hoạch trùng với kế hoạch 'Kế hoạch kiểm tra cuối năm 2022'"}]}""");
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post("/inspections/new").with(csrf())
                        .param("name", "Kế hoạch").param("year", "2022").param("round", "YEAR_END")
                        .param("issuingUnitCode", "124").param("units", "04096")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirmDuplicate\"")))
                .andExpect(content().string(containsString("id=\"confirmDuplicate-error\"")));
    }

    @Test
    void a_targets_inspection_is_recorded_on_the_plans_page_and_its_problems_are_said_in_place() throws Exception {
        SERVICES.json("GET", PLAN, InspectionPayloads.plan(InspectionPayloads.inspection("t1", null, true)))
                .json("GET", "/api/v1/models", Payloads.page(1, Payloads.model("m-1", "Cà phê Nà Sành", "APPROVED")));

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/inspections/" + InspectionPayloads.PLAN_ID)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đoàn kiểm tra số 1")))
                .andExpect(content().string(containsString("Trưởng đoàn")))
                .andExpect(content().string(containsString("mô hình “Cà phê Nà Sành”")))
                .andExpect(content().string(containsString("id=\"inspection-form-t1\"")))
                .andExpect(content().string(containsString("id=\"inspection-form-t2\"")))
                .andExpect(content().string(containsString("2 / 2 đối tượng")));

        SERVICES.answer("POST", PLAN + "/inspections", 201, "application/json",
                InspectionPayloads.inspection("t2", "m-1", false));
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post("/inspections/"
                        + InspectionPayloads.PLAN_ID + "/inspections").with(csrf()).param("targetId", "t2")
                        .param("inspectedOn", "2022-03-22").param("findings", "Mô hình hiệu quả")))
                .andExpect(redirectedUrl("/inspections/" + InspectionPayloads.PLAN_ID + "#target-t2"))
                .andExpect(flash().attribute("notice", "Đã ghi biên bản kiểm tra."));
        assertThat(SERVICES.received("POST", PLAN + "/inspections").get(0).body()).contains(
                "\"targetId\":\"t2\"", "\"inspectedOn\":\"2022-03-22\"", "\"findings\":\"Mô hình hiệu quả\"",
                "\"minutes\":null");

        SERVICES.json("GET", PLAN, InspectionPayloads.plan(InspectionPayloads.inspection("t2", "m-1", false)));
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/inspections/" + InspectionPayloads.PLAN_ID)))
                .andExpect(content().string(containsString("id=\"target-status-t2\">Đã kiểm tra")))
                .andExpect(content().string(containsString("22/03/2022")))
                .andExpect(content().string(containsString(
                        "href=\"/models/m-1?planId=" + InspectionPayloads.PLAN_ID + "#ev-title\"")));

        SERVICES.problem("POST", PLAN + "/inspections", 422, Payloads.problem(422, "outside-plan-year",
                "Không thể thực hiện", "inspectedOn", "Ngày kiểm tra phải thuộc năm 2022 của kế hoạch."));
        var problemShown = mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post("/inspections/"
                        + InspectionPayloads.PLAN_ID + "/inspections").with(csrf()).param("targetId", "t1")
                        .param("inspectedOn", "2021-12-30").param("findings", "Tốt")))
                .andExpect(redirectedUrl("/inspections/" + InspectionPayloads.PLAN_ID + "#target-t1"))
                .andReturn().getFlashMap();
        SERVICES.json("GET", PLAN, InspectionPayloads.plan());
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/inspections/" + InspectionPayloads.PLAN_ID)
                        .flashAttrs(problemShown)))
                .andExpect(content().string(containsString("id=\"inspectedOn-error-t1\">Ngày kiểm tra phải thuộc năm 2022 của kế hoạch.</p>")))
                .andExpect(content().string(not(containsString("id=\"inspectedOn-error-t2\""))));
    }

    @Test
    void an_inspection_the_service_forbids_is_the_refusal_page() throws Exception {
        SERVICES.problem("POST", PLAN + "/inspections", 403, Payloads.problem(403, "plan-of-a-higher-level",
                "Không có quyền", null, null).replace("\"errors\"", "\"detail\":\"Chỉ Ban Chỉ đạo cấp đó ghi biên"
                + " bản kiểm tra.\",\"errors\""));

        mvc.perform(as("steering.04096", "04096", "STEERING_MEMBER").on(post("/inspections/"
                        + InspectionPayloads.PLAN_ID + "/inspections").with(csrf()).param("targetId", "t1")
                        .param("inspectedOn", "2022-03-22").param("findings", "Tốt")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Chỉ Ban Chỉ đạo cấp đó ghi biên bản kiểm tra.")));
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/inspections/a.b")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_models_page_lists_the_plans_that_target_it_and_its_evaluation_cites_the_inspected_one()
            throws Exception {
        SERVICES.json("GET", "/api/v1/models/m-1", Payloads.model("m-1", "Cà phê Nà Sành", "IN_PROGRESS"))
                .json("GET", "/api/v1/models/m-1/history", "[]")
                .json("GET", "/api/v1/reviews", "[]").json("GET", "/api/v1/self-assessments", "[]")
                .json("GET", "/api/v1/evaluations", "[]")
                .json("GET", "/api/v1/inspection-plans", "[" + InspectionPayloads.plan(
                        InspectionPayloads.inspection("t2", "m-1", false)) + "]");

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/models/m-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/inspections/" + InspectionPayloads.PLAN_ID + "\"")))
                .andExpect(content().string(containsString("<strong>đã kiểm tra</strong>")))
                .andExpect(content().string(containsString("value=\"" + InspectionPayloads.PLAN_ID
                        + "\" selected=\"selected\">Kế hoạch kiểm tra cuối năm 2022 (đã kiểm tra)")))
                .andExpect(content().string(containsString("id=\"plan-model\"")));
        assertThat(SERVICES.received("GET", "/api/v1/inspection-plans").get(0).query())
                .contains("unit=04096", "year=2022");

        SERVICES.json("GET", "/api/v1/inspection-plans", "[]");
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/models/m-1")))
                .andExpect(content().string(containsString("id=\"no-plans\"")))
                .andExpect(content().string(containsString("href=\"/inspections/new?modelId=m-1\"")));
    }

    @Test
    void the_models_evaluations_show_their_scores_the_verdict_the_cited_plan_and_a_cancellation() throws Exception {
        SERVICES.json("GET", "/api/v1/models/m-1", Payloads.model("m-1", "Cà phê Nà Sành", "RECOGNIZED"))
                .json("GET", "/api/v1/models/m-1/history", "[]")
                .json("GET", "/api/v1/reviews", "[]").json("GET", "/api/v1/self-assessments", "[]")
                .json("GET", "/api/v1/inspection-plans", "[" + InspectionPayloads.plan(
                        InspectionPayloads.inspection("t2", "m-1", false)) + "]")
                .json("GET", "/api/v1/evaluations", """
                        [{"id":"m-1:year-end:2022","modelId":"m-1","year":2022,"round":"YEAR_END",
                          "planId":"%1$s","scores":[{"criterion":"PRACTICAL_EFFECTIVE","score":9.5,"weight":0.3}],
                          "totalScore":8.75,"recognized":true,"reason":"Công nhận","evaluatedBy":"bcd.124",
                          "evaluatedAt":"2022-12-10T03:00:00Z","correction":null},
                         {"id":"e-0","modelId":"m-1","year":2022,"round":"MID_YEAR","planId":null,"scores":[],
                          "totalScore":6,"recognized":false,"reason":null,"evaluatedBy":"bcd.124",
                          "evaluatedAt":"2022-06-10T03:00:00Z","correction":{"action":"CANCELLED",
                          "reason":"Chấm nhầm mô hình","correctedBy":"bcd.124","correctedAt":"2022-06-12T03:00:00Z"}}]
                        """.formatted(InspectionPayloads.PLAN_ID));

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/models/m-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kiểm tra cuối năm 2022: 8,75 điểm – được công nhận")))
                .andExpect(content().string(containsString("9,5")))
                .andExpect(content().string(containsString("href=\"/inspections/" + InspectionPayloads.PLAN_ID
                        + "\">kế hoạch kiểm tra đã kiểm tra mô hình</a>")))
                .andExpect(content().string(containsString("Đã hủy ngày 12/06/2022: Chấm nhầm mô hình")))
                .andExpect(content().string(not(containsString("id=\"ev-form\""))))
                .andExpect(content().string(not(containsString("id=\"plan-model\""))));
    }
}
