package vn.dvk.portal.report;

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
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.PortalWebTest;
import vn.dvk.portal.fixtures.ServiceStub;

/**
 * The report pages against reporting-service's API: the district's table of its communes' submissions, the
 * commune's draft with its versions and downloads, saving a version with {@code If-Match}, the service's field message
 * in place, and submitting.
 */
class ReportPagesTest extends PortalWebTest {

    private static final String DRAFT_ID = Payloads.REPORT_DRAFT_ID;
    private static final String OUTSIDE_YEAR = "Ngày báo cáo phải thuộc năm 2022 hoặc năm 2023.";

    @Test
    void the_district_sees_who_submitted_who_is_late_and_which_figures_moved() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.district124())
                .problem("GET", "/api/v1/reports/124-2022-YEARLY", 404,
                        Payloads.problem(404, "not-found", "Không tìm thấy", null, null))
                .json("GET", "/api/v1/reports/submissions", Payloads.reportSubmissions124());

        mvc.perform(as("bcd.124", "124", "STEERING_MEMBER").on(get("/reports").param("year", "2022")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã Chiềng Mung")))
                .andExpect(content().string(containsString("trễ hạn")))
                .andExpect(content().string(containsString("Tổng số mô hình: đã báo cáo 1, hiện nay 2")))
                .andExpect(content().string(not(containsString("Mô hình tập thể: đã báo cáo"))))
                .andExpect(content().string(containsString("Ban Chỉ đạo xã (bcd.04096)")))
                .andExpect(content().string(containsString("Tạo dự thảo")));

        ServiceStub.Received asked = SERVICES.received("GET", "/api/v1/reports/submissions").get(0);
        assertThat(asked.header("Authorization")).isEqualTo("Bearer token-bcd.124");
        assertThat(asked.query()).contains("unit=124", "year=2022", "kind=YEARLY");
    }

    @Test
    void the_commune_opens_its_draft_and_the_page_offers_the_form_the_versions_and_the_files() throws Exception {
        SERVICES.json("POST", "/api/v1/reports", Payloads.reportDraft(1, 1, "null"))
                .json("GET", "/api/v1/reports/" + DRAFT_ID, Payloads.reportDraft(2, 2, "null"))
                .json("GET", "/api/v1/reports/" + DRAFT_ID + "/versions", Payloads.reportVersions());
        var clerk = as("clerk.04096", "04096", "UNIT_CLERK");

        mvc.perform(clerk.on(post("/reports").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("unit", "04096").param("year", "2022").param("kind", "YEARLY")))
                .andExpect(redirectedUrl("/reports/" + DRAFT_ID))
                .andExpect(flash().attribute("notice",
                        "Đã mở dự thảo báo cáo năm 2022, điền sẵn từ số liệu."));
        assertThat(SERVICES.received("POST", "/api/v1/reports").get(0).body())
                .contains("\"unit\":\"04096\"", "\"year\":2022", "\"kind\":\"YEARLY\"");

        String page = mvc.perform(clerk.on(get("/reports/" + DRAFT_ID)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"draft-form\"")))
                .andExpect(content().string(containsString(
                        "/api/reporting/v1/reports/04096-2022-YEARLY/document?format=pdf&amp;version=1")))
                .andExpect(content().string(containsString("annex=true")))
                .andExpect(content().string(not(containsString("id=\"submit-form\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).as("the textarea holds the saved text")
                .contains(">Hoàn thành chỉ tiêu.</textarea>");
    }

    @Test
    void saving_sends_the_text_with_if_match_and_a_refused_date_is_shown_beside_its_field() throws Exception {
        SERVICES.json("PUT", "/api/v1/reports/" + DRAFT_ID, Payloads.reportDraft(3, 3, "null"));
        var clerk = as("clerk.04096", "04096", "UNIT_CLERK");

        mvc.perform(clerk.on(post("/reports/" + DRAFT_ID).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("version", "2")
                        .param("results", "Vượt chỉ tiêu.").param("date", "12/12/2022")))
                .andExpect(redirectedUrl("/reports/" + DRAFT_ID))
                .andExpect(flash().attribute("notice", "Đã lưu phiên bản 3."));
        ServiceStub.Received saved = SERVICES.received("PUT", "/api/v1/reports/" + DRAFT_ID).get(0);
        assertThat(saved.header("If-Match")).isEqualTo("\"2\"");
        assertThat(saved.body()).contains("\"results\":\"Vượt chỉ tiêu.\"", "\"date\":\"2022-12-12\"");

        SERVICES.reset();
        SERVICES.problem("PUT", "/api/v1/reports/" + DRAFT_ID, 400, Payloads.problem(400, "invalid-input",
                        "Dữ liệu không hợp lệ", "date", OUTSIDE_YEAR))
                .json("GET", "/api/v1/reports/" + DRAFT_ID, Payloads.reportDraft(2, 2, "null"))
                .json("GET", "/api/v1/reports/" + DRAFT_ID + "/versions", Payloads.reportVersions());

        String refused = mvc.perform(clerk.on(post("/reports/" + DRAFT_ID).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("version", "2")
                        .param("results", "Vượt chỉ tiêu.").param("date", "2001-12-12")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"date-error\"")))
                .andExpect(content().string(containsString(OUTSIDE_YEAR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(refused)).as("the form keeps what was typed")
                .contains(">Vượt chỉ tiêu.</textarea>");

        mvc.perform(clerk.on(post("/reports/" + DRAFT_ID).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("version", "2")
                        .param("results", "Vượt chỉ tiêu.").param("date", "12/31/2022")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"date-error\">&#39;12/31/2022&#39; không phải ngày (dd/mm/yyyy)</p>")))
                .andExpect(content().string(containsString("value=\"12/31/2022\"")));
        assertThat(SERVICES.received("PUT", "/api/v1/reports/" + DRAFT_ID)).hasSize(1);
    }

    @Test
    void a_steering_member_submits_and_a_submitted_report_offers_no_form() throws Exception {
        String submitted = Payloads.reportDraft(3, 2, """
                {"version":2,"submittedBy":"Ban Chỉ đạo xã (bcd.04096)","submittedAt":"2022-12-10T03:00:00Z",
                 "deadline":"2022-12-15","late":false,"figures":[]}""");
        SERVICES.json("GET", "/api/v1/reports/" + DRAFT_ID, Payloads.reportDraft(2, 2, "null"))
                .json("GET", "/api/v1/reports/" + DRAFT_ID + "/versions", Payloads.reportVersions());
        var steering = as("bcd.04096", "04096", "STEERING_MEMBER");

        mvc.perform(steering.on(get("/reports/" + DRAFT_ID)))
                .andExpect(content().string(containsString("id=\"submit-form\"")));

        SERVICES.reset();
        SERVICES.json("POST", "/api/v1/reports/" + DRAFT_ID + ":submit", submitted)
                .json("GET", "/api/v1/reports/" + DRAFT_ID, submitted)
                .json("GET", "/api/v1/reports/" + DRAFT_ID + "/versions", Payloads.reportVersions());
        mvc.perform(steering.on(post("/reports/" + DRAFT_ID + "/submission").with(csrf())))
                .andExpect(redirectedUrl("/reports/" + DRAFT_ID))
                .andExpect(flash().attribute("notice", "Đã gửi báo cáo lên cấp trên (phiên bản 2)."));
        assertThat(SERVICES.received("POST", "/api/v1/reports/" + DRAFT_ID + ":submit")).hasSize(1);

        mvc.perform(steering.on(get("/reports/" + DRAFT_ID)))
                .andExpect(content().string(containsString("Đã gửi lên cấp trên")))
                .andExpect(content().string(not(containsString("id=\"draft-form\""))))
                .andExpect(content().string(not(containsString("id=\"submit-form\""))));
    }
}
