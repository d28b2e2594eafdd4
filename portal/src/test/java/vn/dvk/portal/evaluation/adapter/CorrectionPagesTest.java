package vn.dvk.portal.evaluation.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.dvk.portal.fixtures.InspectionPayloads;
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.PortalWebTest;

/**
 * Corrections as ADR 0013 has them, through the pages where the official sees the record: an inspection's findings
 * replaced or the inspection cancelled on its plan's page, an evaluation cancelled or its year-end verdict replaced
 * and the review in force cancelled on the model's page. Each asks for a reason; the service's field messages come back beside the form's fields, and
 * an official the service refuses gets the refusal page.
 */
class CorrectionPagesTest extends PortalWebTest {

    private static final String PLAN_PAGE = "/inspections/" + InspectionPayloads.PLAN_ID;
    private static final String INSPECTION_ID = InspectionPayloads.PLAN_ID + ":t2";
    private static final String VERDICT_ID = "m-1:year-end:2022";

    @Test
    void an_inspection_offers_its_correction_and_cancellation_and_keeps_what_was_cancelled() throws Exception {
        SERVICES.json("GET", "/api/v1/inspection-plans/" + InspectionPayloads.PLAN_ID, InspectionPayloads.plan(
                        InspectionPayloads.inspection("t1", null, true),
                        InspectionPayloads.inspection("t2", "m-1", false)))
                .json("GET", "/api/v1/models", Payloads.page(1, Payloads.model("m-1", "Cà phê Nà Sành", "APPROVED")));

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get(PLAN_PAGE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"correction-form-t2\"")))
                .andExpect(content().string(containsString("value=\"" + INSPECTION_ID + "\"")))
                .andExpect(content().string(containsString("id=\"cancellation-form-t2\"")))
                .andExpect(content().string(containsString(
                        "Biên bản ngày 22/03/2022 đã hủy ngày 23/03/2022, bcd.124: Ghi nhầm đối tượng")))
                .andExpect(content().string(containsString("id=\"inspection-form-t1\"")));

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get(PLAN_PAGE)))
                .andExpect(content().string(not(containsString("id=\"correction-form-t2\""))))
                .andExpect(content().string(not(containsString("id=\"cancellation-form-t2\""))));
    }

    @Test
    void an_inspections_findings_are_corrected_with_a_reason_and_a_missing_reason_is_said_in_place()
            throws Exception {
        SERVICES.json("POST", "/api/v1/inspections/" + INSPECTION_ID + "/correction",
                InspectionPayloads.inspection("t2", "m-1", false));

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post(PLAN_PAGE + "/correction").with(csrf())
                        .param("inspectionId", INSPECTION_ID).param("targetId", "t2")
                        .param("findings", "Mô hình hiệu quả, 40 hộ tham gia").param("minutes", "")
                        .param("reason", "Ghi thiếu số hộ tham gia")))
                .andExpect(redirectedUrl(PLAN_PAGE + "#target-t2"))
                .andExpect(flash().attribute("notice", "Đã đính chính kết quả kiểm tra."));
        var sent = SERVICES.received("POST", "/api/v1/inspections/" + INSPECTION_ID + "/correction").get(0);
        assertThat(sent.body()).contains("\"findings\":\"Mô hình hiệu quả, 40 hộ tham gia\"", "\"minutes\":null",
                "\"reason\":\"Ghi thiếu số hộ tham gia\"");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer token-steering.124");

        SERVICES.problem("POST", "/api/v1/inspections/" + INSPECTION_ID + "/correction", 400,
                Payloads.problem(400, "invalid-input", "Dữ liệu không hợp lệ", "reason", "không được để trống"));
        var refused = mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post(PLAN_PAGE + "/correction")
                        .with(csrf()).param("inspectionId", INSPECTION_ID).param("targetId", "t2")
                        .param("findings", "Mô hình hiệu quả").param("reason", " ")))
                .andExpect(redirectedUrl(PLAN_PAGE + "#target-t2"))
                .andReturn().getFlashMap();
        SERVICES.json("GET", "/api/v1/inspection-plans/" + InspectionPayloads.PLAN_ID, InspectionPayloads.plan(
                        InspectionPayloads.inspection("t2", "m-1", false)))
                .json("GET", "/api/v1/models", Payloads.page(0));
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get(PLAN_PAGE).flashAttrs(refused)))
                .andExpect(content().string(containsString(
                        "id=\"correction-reason-t2-error\">không được để trống</p>")))
                .andExpect(content().string(not(containsString("id=\"cancellation-reason-t2-error\""))))
                .andExpect(content().string(containsString("<details class=\"correction\" open=\"open\">")));
    }

    @Test
    void an_inspection_is_cancelled_and_the_service_refusing_the_official_is_the_refusal_page() throws Exception {
        SERVICES.json("POST", "/api/v1/inspections/" + INSPECTION_ID + "/cancellation",
                InspectionPayloads.inspection("t2", "m-1", true));

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post(PLAN_PAGE + "/cancellation").with(csrf())
                        .param("inspectionId", INSPECTION_ID).param("targetId", "t2")
                        .param("reason", "Ghi nhầm đối tượng")))
                .andExpect(redirectedUrl(PLAN_PAGE + "#target-t2"))
                .andExpect(flash().attribute("notice",
                        "Đã hủy biên bản kiểm tra. Đối tượng có thể được kiểm tra lại."));
        assertThat(SERVICES.received("POST", "/api/v1/inspections/" + INSPECTION_ID + "/cancellation").get(0)
                .body()).contains("\"reason\":\"Ghi nhầm đối tượng\"");

        SERVICES.problem("POST", "/api/v1/inspections/" + INSPECTION_ID + "/cancellation", 403,
                Payloads.problem(403, "not-plan-level", "Không có quyền", null, null).replace("\"errors\"",
                        "\"detail\":\"Chỉ Ban Chỉ đạo đơn vị ban hành kế hoạch được hủy biên bản.\",\"errors\""));
        mvc.perform(as("steering.04096", "04096", "STEERING_MEMBER").on(post(PLAN_PAGE + "/cancellation")
                        .with(csrf()).param("inspectionId", INSPECTION_ID).param("targetId", "t2")
                        .param("reason", "Sai")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString(
                        "Chỉ Ban Chỉ đạo đơn vị ban hành kế hoạch được hủy biên bản.")));

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post(PLAN_PAGE + "/cancellation").with(csrf())
                        .param("inspectionId", "../evaluations/x").param("targetId", "t2").param("reason", "Sai")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_year_end_verdict_is_replaced_or_cancelled_from_the_models_page() throws Exception {
        aModelPage("RECOGNIZED", "[]", "[" + verdict(null) + "]");

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/models/m-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verdict-form-0\"")))
                .andExpect(content().string(containsString("Đính chính: không công nhận")))
                .andExpect(content().string(containsString("id=\"evaluation-cancellation-form-0\"")));
        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/models/m-1")))
                .andExpect(content().string(not(containsString("id=\"verdict-form-0\""))));

        SERVICES.json("POST", "/api/v1/evaluations/" + VERDICT_ID + "/correction", verdict("CORRECTED"));
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post("/models/m-1/evaluations/correction")
                        .with(csrf()).param("evaluationId", VERDICT_ID).param("recognized", "false")
                        .param("reason", "Chưa đủ tiêu chí bền vững")))
                .andExpect(redirectedUrl("/models/m-1"))
                .andExpect(flash().attribute("notice",
                        "Đã đính chính kết luận công nhận. Trạng thái mô hình sẽ cập nhật sau ít giây."));
        assertThat(SERVICES.received("POST", "/api/v1/evaluations/" + VERDICT_ID + "/correction").get(0).body())
                .contains("\"recognized\":false", "\"reason\":\"Chưa đủ tiêu chí bền vững\"");

        SERVICES.json("POST", "/api/v1/evaluations/" + VERDICT_ID + "/cancellation", verdict("CANCELLED"));
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post("/models/m-1/evaluations/cancellation")
                        .with(csrf()).param("evaluationId", VERDICT_ID).param("reason", "Chấm nhầm mô hình")))
                .andExpect(redirectedUrl("/models/m-1"));
        assertThat(SERVICES.received("POST", "/api/v1/evaluations/" + VERDICT_ID + "/cancellation").get(0).body())
                .contains("\"reason\":\"Chấm nhầm mô hình\"");

        SERVICES.json("GET", "/api/v1/evaluations", "[" + verdict("CANCELLED") + "]");
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/models/m-1")))
                .andExpect(content().string(containsString("Đã hủy ngày 12/12/2022: Chấm nhầm mô hình")))
                .andExpect(content().string(not(containsString("id=\"evaluation-cancellation-form-0\""))));
    }

    @Test
    void a_refused_verdict_correction_is_said_on_its_form_and_a_forbidden_one_is_the_refusal_page()
            throws Exception {
        SERVICES.problem("POST", "/api/v1/evaluations/" + VERDICT_ID + "/correction", 422,
                Payloads.problem(422, "below-threshold", "Không thể thực hiện", "recognized",
                        "Tổng điểm 6,5 dưới ngưỡng công nhận 8.").replace("\"errors\"",
                        "\"detail\":\"Tổng điểm chưa đạt ngưỡng công nhận.\",\"errors\""));
        var refused = mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(
                        post("/models/m-1/evaluations/correction").with(csrf()).param("evaluationId", VERDICT_ID)
                                .param("recognized", "true").param("reason", "Nhầm kết luận")))
                .andExpect(redirectedUrl("/models/m-1"))
                .andReturn().getFlashMap();
        aModelPage("NOT_RECOGNIZED", "[]", "[" + verdict(null).replace("\"recognized\":true",
                "\"recognized\":false") + "]");
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/models/m-1").flashAttrs(refused)))
                .andExpect(content().string(containsString("id=\"verdict-problem-0\"")))
                .andExpect(content().string(containsString("<p>Tổng điểm chưa đạt ngưỡng công nhận.</p>")))
                .andExpect(content().string(containsString("<li>Tổng điểm 6,5 dưới ngưỡng công nhận 8.</li>")))
                .andExpect(content().string(not(containsString("id=\"evaluation-cancellation-problem-0\""))));

        SERVICES.problem("POST", "/api/v1/evaluations/" + VERDICT_ID + "/cancellation", 403,
                Payloads.problem(403, "not-committee-level", "Không có quyền", null, null).replace("\"errors\"",
                        "\"detail\":\"Chỉ Ban Chỉ đạo cấp quản lý mô hình được hủy kết quả đánh giá.\",\"errors\""));
        mvc.perform(as("steering.04096", "04096", "STEERING_MEMBER").on(post("/models/m-1/evaluations/cancellation")
                        .with(csrf()).param("evaluationId", VERDICT_ID).param("reason", "Sai")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString(
                        "Chỉ Ban Chỉ đạo cấp quản lý mô hình được hủy kết quả đánh giá.")));
    }

    @Test
    void the_review_in_force_is_cancelled_with_a_reason_and_a_superseded_one_is_said_on_its_form() throws Exception {
        aModelPage("RETURNED", "[" + review("r-1", "APPROVE", null) + "," + review("r-2", "RETURN", null) + "]",
                "[]");

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/models/m-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"review-cancellation-form\"")))
                .andExpect(content().string(containsString("name=\"reviewId\" value=\"r-2\"")))
                .andExpect(content().string(not(containsString("value=\"r-1\""))));
        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/models/m-1")))
                .andExpect(content().string(not(containsString("id=\"review-cancellation-form\""))));

        SERVICES.json("POST", "/api/v1/reviews/r-2/cancellation", review("r-2", "RETURN", "Trả lại nhầm"));
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post("/models/m-1/reviews/cancellation")
                        .with(csrf()).param("reviewId", "r-2").param("reason", "Trả lại nhầm")))
                .andExpect(redirectedUrl("/models/m-1"))
                .andExpect(flash().attribute("notice", "Đã hủy quyết định xét duyệt. Mô hình chờ xét duyệt lại."));
        assertThat(SERVICES.received("POST", "/api/v1/reviews/r-2/cancellation").get(0).body())
                .contains("\"reason\":\"Trả lại nhầm\"");

        SERVICES.problem("POST", "/api/v1/reviews/r-2/cancellation", 409, Payloads.problem(409,
                "review-superseded", "Xung đột", null, null).replace("\"errors\"",
                "\"detail\":\"Quyết định xem xét 'r-2' không còn là quyết định hiện hành của mô hình.\",\"errors\""));
        var refused = mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(
                        post("/models/m-1/reviews/cancellation").with(csrf()).param("reviewId", "r-2")
                                .param("reason", "Trả lại nhầm")))
                .andExpect(redirectedUrl("/models/m-1"))
                .andReturn().getFlashMap();
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/models/m-1").flashAttrs(refused)))
                .andExpect(content().string(containsString("id=\"review-cancellation-problem\"")))
                .andExpect(content().string(containsString(
                        "Quyết định xem xét &#39;r-2&#39; không còn là quyết định hiện hành của mô hình.")));

        SERVICES.json("GET", "/api/v1/reviews", "[" + review("r-2", "RETURN", "Trả lại nhầm") + "]");
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/models/m-1")))
                .andExpect(content().string(containsString("Đã hủy ngày 12/03/2022: Trả lại nhầm")))
                .andExpect(content().string(not(containsString("id=\"review-cancellation-form\""))));
    }

    /** The model m-1's page in {@code status} with these reviews and evaluations (JSON arrays), nothing else. */
    private static void aModelPage(String status, String reviews, String evaluations) {
        SERVICES.json("GET", "/api/v1/models/m-1", Payloads.model("m-1", "Cà phê Nà Sành", status))
                .json("GET", "/api/v1/models/m-1/history", "[]").json("GET", "/api/v1/self-assessments", "[]")
                .json("GET", "/api/v1/inspection-plans", "[]").json("GET", "/api/v1/reviews", reviews)
                .json("GET", "/api/v1/evaluations", evaluations);
    }

    /** A review of the model, cancelled for {@code cancelledFor} when not null. */
    private static String review(String id, String decision, String cancelledFor) {
        String correction = cancelledFor == null ? "null" : """
                {"action":"CANCELLED","reason":"%s","correctedBy":"bcd.124","correctedAt":"2022-03-12T03:00:00Z"}"""
                .formatted(cancelledFor);
        return """
                {"id":"%s","modelId":"m-1","decision":"%s","reason":"Bổ sung địa chỉ","reviewer":"bcd.124",
                 "decidedAt":"2022-03-10T03:00:00Z","correction":%s}""".formatted(id, decision, correction);
    }

    /** The model's year-end verdict of 2022 (recognised), corrected by {@code action} when not null. */
    private static String verdict(String action) {
        String correction = action == null ? "null" : """
                {"action":"%s","reason":"Chấm nhầm mô hình","correctedBy":"bcd.124",
                 "correctedAt":"2022-12-12T03:00:00Z"}""".formatted(action);
        return """
                {"id":"%s","modelId":"m-1","year":2022,"round":"YEAR_END","planId":null,
                 "scores":[{"criterion":"PRACTICAL_EFFECTIVE","score":9.5,"weight":0.3}],"totalScore":8.75,
                 "recognized":true,"reason":"Công nhận","evaluatedBy":"bcd.124",
                 "evaluatedAt":"2022-12-10T03:00:00Z","correction":%s}""".formatted(VERDICT_ID, correction);
    }
}
