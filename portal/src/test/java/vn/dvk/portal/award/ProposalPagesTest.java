package vn.dvk.portal.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import vn.dvk.portal.fixtures.AwardPayloads;
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.PortalWebTest;
import vn.dvk.portal.fixtures.ServiceStub;
import vn.dvk.portal.shared.domain.Problem;

/**
 * The award pages against award-service's API: the unit's proposals, the new proposal form with the service's field
 * messages in place, the dossier uploads and the submission with the service's refusal beside the form that sent it,
 * the eligibility sheet in Vietnamese, the council's vote and the chairman's decision offered by role, and the refusal
 * page for what the service forbids.
 */
class ProposalPagesTest extends PortalWebTest {

    private void aDraftProposal(String status, String vote, String decision, String... documents) {
        SERVICES.json("GET", "/api/v1/proposals/p-1", AwardPayloads.proposal("p-1", status, vote, decision,
                        documents))
                .json("GET", "/api/v1/proposals/p-1/history", AwardPayloads.history())
                .json("GET", "/api/v1/proposals/p-1/eligibility", AwardPayloads.eligibility())
                .json("GET", "/api/v1/award-forms", AwardPayloads.forms());
    }

    private void theFormsChoices() {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .json("GET", "/api/v1/award-forms", AwardPayloads.forms())
                .json("GET", "/api/v1/campaigns", AwardPayloads.campaigns())
                .json("GET", "/api/v1/people", AwardPayloads.people());
    }

    @Test
    void the_list_shows_the_units_proposals_with_their_labels_and_asks_with_the_officials_token() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .json("GET", "/api/v1/award-forms", AwardPayloads.forms())
                .json("GET", "/api/v1/proposals", AwardPayloads.page(AwardPayloads.proposal("p-1", "SUBMITTED")));

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/proposals").param("year", "2022")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giấy khen của Chủ tịch UBND huyện")))
                .andExpect(content().string(containsString("Đã trình Hội đồng")))
                .andExpect(content().string(containsString("Khen thưởng hằng năm")))
                .andExpect(content().string(containsString("Xã Chiềng Mung, Lò Văn Minh")))
                .andExpect(content().string(containsString("href=\"/proposals/p-1\"")));

        ServiceStub.Received asked = SERVICES.received("GET", "/api/v1/proposals").get(0);
        assertThat(asked.header("Authorization")).isEqualTo("Bearer token-clerk.04096");
        assertThat(asked.query()).contains("unit=04096", "year=2022");
    }

    @Test
    void an_empty_year_says_so() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .json("GET", "/api/v1/award-forms", AwardPayloads.forms())
                .json("GET", "/api/v1/proposals", AwardPayloads.page());

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/proposals").param("year", "2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Chưa có đề nghị khen thưởng nào trong năm 2026 tại Xã Chiềng Mung.")))
                .andExpect(content().string(containsString("href=\"/proposals/new\"")));
    }

    @Test
    void the_form_offers_the_forms_campaigns_collectives_and_people_and_creates_the_proposal() throws Exception {
        theFormsChoices();
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");

        mvc.perform(clerk.on(get("/proposals/new")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giấy khen của Chủ tịch UBND huyện")))
                .andExpect(content().string(containsString("Phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025")))
                .andExpect(content().string(containsString("value=\"04096\"")))
                .andExpect(content().string(containsString("Trưởng bản Nà Sành")));
        assertThat(SERVICES.received("GET", "/api/v1/people").get(0).query()).contains("unit=04096");

        SERVICES.answer("POST", "/api/v1/proposals", 201, "application/json",
                AwardPayloads.proposal("p-1", "DRAFT"));
        mvc.perform(clerk.on(post("/proposals/new").with(csrf()).param("campaignId", "c-2021")
                        .param("occasion", "YEARLY").param("year", "2022").param("formCode", "GK-CT-HUYEN")
                        .param("proposingUnitCode", "04096").param("collective", "04096")
                        .param("individual", "p-1")))
                .andExpect(redirectedUrl("/proposals/p-1"))
                .andExpect(flash().attribute("notice", containsString("Tải lên ba tài liệu")));

        String sent = SERVICES.received("POST", "/api/v1/proposals").get(0).body();
        assertThat(sent).contains("\"campaignId\":\"c-2021\"", "\"year\":2022", "\"formCode\":\"GK-CT-HUYEN\"",
                "{\"recipientType\":\"COLLECTIVE\",\"unitCode\":\"04096\",\"personId\":null}",
                "{\"recipientType\":\"INDIVIDUAL\",\"unitCode\":null,\"personId\":\"p-1\"}");
    }

    @Test
    void the_services_field_messages_are_shown_in_place_and_an_unreadable_year_is_not_sent() throws Exception {
        theFormsChoices();
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");
        SERVICES.problem("POST", "/api/v1/proposals", 400, "{\"status\":400,\"code\":\"validation\","
                + "\"title\":\"Dữ liệu không hợp lệ\",\"errors\":[{\"field\":\"formCode\",\"message\":"
                + "\"không được để trống\"},{\"field\":\"nominees\",\"message\":\"cần ít nhất một đối tượng\"}]}");

        mvc.perform(clerk.on(post("/proposals/new").with(csrf()).param("campaignId", "c-2021")
                        .param("occasion", "YEARLY").param("year", "2022").param("proposingUnitCode", "04096")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"formCode-error\"")))
                .andExpect(content().string(containsString("không được để trống")))
                .andExpect(content().string(containsString("id=\"nominees-error\"")))
                .andExpect(content().string(containsString("cần ít nhất một đối tượng")));

        mvc.perform(clerk.on(post("/proposals/new").with(csrf()).param("year", "hai nghìn")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Năm phải là số có bốn chữ số")));
        assertThat(SERVICES.received("POST", "/api/v1/proposals")).hasSize(1);
    }

    @Test
    void a_proposal_the_service_forbids_is_the_refusal_page() throws Exception {
        theFormsChoices();
        SERVICES.problem("POST", "/api/v1/proposals", 403, Payloads.problem(403, "forbidden",
                "Bạn không có quyền lập đề nghị khen thưởng", null, null));

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post("/proposals/new").with(csrf())
                        .param("campaignId", "c-2021").param("occasion", "YEARLY").param("year", "2022")
                        .param("formCode", "GK-CT-HUYEN").param("proposingUnitCode", "124")
                        .param("collective", "124")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Bạn không có quyền lập đề nghị khen thưởng")))
                .andExpect(content().string(containsString("Dịch vụ đã từ chối thao tác này")));
    }

    @Test
    void the_clerk_sees_the_dossier_the_eligibility_sheet_in_vietnamese_and_no_council_forms() throws Exception {
        aDraftProposal("DRAFT", "null", "null", "PROPOSAL_LETTER");

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/proposals/p-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đề nghị Giấy khen của Chủ tịch UBND huyện năm 2022")))
                .andExpect(content().string(containsString("Đang lập hồ sơ")))
                .andExpect(content().string(containsString("proposal_letter.pdf")))
                .andExpect(content().string(containsString(
                        "href=\"/api/award/v1/proposals/p-1/documents/PROPOSAL_LETTER\"")))
                .andExpect(content().string(containsString("id=\"upload-COUNCIL_MINUTES\"")))
                .andExpect(content().string(containsString("Còn thiếu: Biên bản họp Hội đồng Thi đua – Khen thưởng;"
                        + " Báo cáo thành tích.")))
                .andExpect(content().string(containsString("Thiếu minh chứng")))
                .andExpect(content().string(containsString("Chờ Hội đồng đánh giá")))
                .andExpect(content().string(containsString("2022: Hoàn thành tốt nhiệm vụ")))
                .andExpect(content().string(containsString("Lò Văn Minh: chưa đủ tiêu chuẩn")))
                .andExpect(content().string(containsString("Xã Chiềng Mung: đủ tiêu chuẩn")))
                .andExpect(content().string(containsString("Lập đề nghị")))
                .andExpect(content().string(not(containsString("id=\"vote-form\""))))
                .andExpect(content().string(not(containsString("id=\"decision-form\""))));
    }

    @Test
    void the_council_gets_the_vote_form_and_the_chairman_the_decision_form() throws Exception {
        aDraftProposal("SUBMITTED", "null", "null", "PROPOSAL_LETTER", "COUNCIL_MINUTES", "ACHIEVEMENT_REPORT");

        mvc.perform(as("council.124", "124", "COUNCIL_MEMBER").on(get("/proposals/p-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"vote-form\"")))
                .andExpect(content().string(not(containsString("id=\"decision-form\""))))
                .andExpect(content().string(not(containsString("id=\"upload-PROPOSAL_LETTER\""))));
        mvc.perform(as("chairman.124", "124", "CHAIRMAN").on(get("/proposals/p-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"decision-form\"")))
                .andExpect(content().string(containsString("Trả lại để bổ sung hồ sơ")));
    }

    @Test
    void an_upload_reaches_the_service_as_its_multipart_and_a_refused_file_is_said_beside_its_form()
            throws Exception {
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");
        SERVICES.json("POST", "/api/v1/proposals/p-1/documents", AwardPayloads.proposal("p-1", "DRAFT",
                "PROPOSAL_LETTER"));
        MockMultipartFile letter = new MockMultipartFile("file", "to-trinh.pdf", "application/pdf",
                "%PDF-1.4 tờ trình".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        mvc.perform(clerk.on(multipart("/proposals/p-1/documents").file(letter).param("kind", "PROPOSAL_LETTER")
                        .with(csrf())))
                .andExpect(redirectedUrl("/proposals/p-1"))
                .andExpect(flash().attribute("notice", "Đã tải lên tờ trình đề nghị khen thưởng."));
        ServiceStub.Received upload = SERVICES.received("POST", "/api/v1/proposals/p-1/documents").get(0);
        assertThat(upload.header("Content-Type")).startsWith("multipart/form-data");
        assertThat(upload.body()).contains("name=\"kind\"", "PROPOSAL_LETTER", "filename=\"to-trinh.pdf\"",
                "%PDF-1.4");
        assertThat(upload.header("Authorization")).isEqualTo("Bearer token-clerk.04096");

        SERVICES.problem("POST", "/api/v1/proposals/p-1/documents", 400, Payloads.problem(400, "validation",
                "Dữ liệu không hợp lệ", "file", "tệp không phải PDF, DOCX hay XLSX"));
        mvc.perform(clerk.on(multipart("/proposals/p-1/documents").file(letter).param("kind", "COUNCIL_MINUTES")
                        .with(csrf())))
                .andExpect(redirectedUrl("/proposals/p-1#dossier-COUNCIL_MINUTES"))
                .andExpect(flash().attribute("uploadKind", "COUNCIL_MINUTES"))
                .andExpect(result -> assertThat((Problem) result.getFlashMap().get("uploadProblem"))
                        .extracting(Problem::status).isEqualTo(400));

        aDraftProposal("DRAFT", "null", "null", "PROPOSAL_LETTER");
        Problem refused = new Problem(400, "validation", "Dữ liệu không hợp lệ", null,
                List.of(new Problem.FieldIssue("file", "tệp không phải PDF, DOCX hay XLSX", null, null)));
        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/proposals/p-1"))
                        .flashAttr("uploadProblem", refused)
                        .flashAttr("uploadKind", "COUNCIL_MINUTES"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"upload-problem-COUNCIL_MINUTES\"")))
                .andExpect(content().string(containsString("tệp không phải PDF, DOCX hay XLSX")))
                .andExpect(content().string(not(containsString("id=\"upload-problem-PROPOSAL_LETTER\""))));
    }

    @Test
    void a_submission_without_the_three_documents_keeps_the_services_words_beside_the_button() throws Exception {
        SERVICES.problem("POST", "/api/v1/proposals/p-1:submit", 409, "{\"status\":409,\"code\":\"conflict\","
                + "\"title\":\"Hồ sơ chưa đủ\",\"detail\":\"Còn thiếu: Báo cáo thành tích\"}");

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(post("/proposals/p-1/submission").with(csrf())))
                .andExpect(redirectedUrl("/proposals/p-1#submit-problem"))
                .andExpect(result -> assertThat((Problem) result.getFlashMap().get("submitProblem"))
                        .extracting(Problem::detail).isEqualTo("Còn thiếu: Báo cáo thành tích"));
    }

    @Test
    void the_vote_and_the_decision_reach_the_service_in_its_shapes() throws Exception {
        SERVICES.json("POST", "/api/v1/proposals/p-1/votes", AwardPayloads.proposal("p-1", "SUBMITTED"))
                .json("POST", "/api/v1/proposals/p-1/decision", AwardPayloads.proposal("p-1", "GRANTED"));

        mvc.perform(as("council.124", "124", "COUNCIL_MEMBER").on(post("/proposals/p-1/votes").with(csrf())
                        .param("meetingDate", "05/12/2022").param("members", "9").param("present", "8")
                        .param("secretBallot", "true").param("nomineeId", "n1", "n2")
                        .param("inFavour", "8", "3").param("against", "0", "5").param("abstain", "0", "0")))
                .andExpect(redirectedUrl("/proposals/p-1"))
                .andExpect(flash().attribute("notice", "Đã ghi kết quả bỏ phiếu của Hội đồng."));
        assertThat(SERVICES.received("POST", "/api/v1/proposals/p-1/votes").get(0).body()).contains(
                "\"meetingDate\":\"2022-12-05\"", "\"members\":9", "\"present\":8", "\"secretBallot\":true",
                "{\"nomineeId\":\"n2\",\"inFavour\":3,\"against\":5,\"abstain\":0}");

        mvc.perform(as("chairman.124", "124", "CHAIRMAN").on(post("/proposals/p-1/decision").with(csrf())
                        .param("outcome", "GRANTED").param("number", "123/QĐ-UBND").param("date", "15/12/2022")))
                .andExpect(redirectedUrl("/proposals/p-1"))
                .andExpect(flash().attribute("notice", "Đã ghi quyết định: Khen thưởng."));
        assertThat(SERVICES.received("POST", "/api/v1/proposals/p-1/decision").get(0).body()).contains(
                "\"outcome\":\"GRANTED\"", "\"number\":\"123/QĐ-UBND\"", "\"date\":\"2022-12-15\"");
    }

    @Test
    void a_meeting_date_that_is_no_date_is_said_beside_the_vote_form_and_nothing_is_sent() throws Exception {
        mvc.perform(as("council.124", "124", "COUNCIL_MEMBER").on(post("/proposals/p-1/votes").with(csrf())
                        .param("meetingDate", "12/31/2022").param("members", "9").param("present", "8")
                        .param("nomineeId", "n1").param("inFavour", "8").param("against", "0")
                        .param("abstain", "0")))
                .andExpect(redirectedUrl("/proposals/p-1#vote-problem"))
                .andExpect(result -> assertThat((Problem) result.getFlashMap().get("voteProblem"))
                        .satisfies(problem -> assertThat(problem.messageFor("meetingDate"))
                                .contains("'12/31/2022' không phải ngày (dd/mm/yyyy)")));
        assertThat(SERVICES.received("POST", "/api/v1/proposals/p-1/votes")).isEmpty();
    }

    @Test
    void a_decision_the_service_forbids_is_the_refusal_page_and_a_missing_reason_stays_beside_the_form()
            throws Exception {
        SERVICES.problem("POST", "/api/v1/proposals/p-1/decision", 403, Payloads.problem(403, "forbidden",
                "Chỉ Chủ tịch của cấp khen thưởng được quyết định", null, null));
        mvc.perform(as("council.124", "124", "COUNCIL_MEMBER").on(post("/proposals/p-1/decision").with(csrf())
                        .param("outcome", "GRANTED").param("number", "123/QĐ-UBND").param("date", "2022-12-15")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Chỉ Chủ tịch của cấp khen thưởng được quyết định")));

        SERVICES.problem("POST", "/api/v1/proposals/p-1/decision", 400, Payloads.problem(400, "validation",
                "Dữ liệu không hợp lệ", "reason", "cần lý do khi không khen thưởng"));
        mvc.perform(as("chairman.124", "124", "CHAIRMAN").on(post("/proposals/p-1/decision").with(csrf())
                        .param("outcome", "DECLINED").param("number", "124/QĐ-UBND").param("date", "2022-12-15")))
                .andExpect(redirectedUrl("/proposals/p-1#decision-problem"))
                .andExpect(result -> assertThat((Problem) result.getFlashMap().get("decisionProblem"))
                        .satisfies(problem -> assertThat(problem.messageFor("reason"))
                                .contains("cần lý do khi không khen thưởng")));
    }

    @Test
    void a_forbidden_vote_and_a_foreign_proposal_are_the_refusal_page() throws Exception {
        SERVICES.problem("POST", "/api/v1/proposals/p-1/votes", 403, Payloads.problem(403, "forbidden",
                "Chỉ Hội đồng của cấp khen thưởng được bỏ phiếu", null, null));
        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(post("/proposals/p-1/votes").with(csrf())
                        .param("meetingDate", "2022-12-05").param("members", "9").param("present", "8")
                        .param("nomineeId", "n1").param("inFavour", "8").param("against", "0")
                        .param("abstain", "0")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Chỉ Hội đồng của cấp khen thưởng được bỏ phiếu")));

        mvc.perform(as("clerk.04097", "04097", "UNIT_CLERK").on(get("/proposals/p-1")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy, hoặc nằm ngoài đơn vị bạn được xem.")));
    }

    @Test
    void a_decided_proposal_shows_the_money_and_links_the_decision_certificates_and_summary() throws Exception {
        aDraftProposal("GRANTED", AwardPayloads.vote(), AwardPayloads.granted(), "PROPOSAL_LETTER",
                "COUNCIL_MINUTES", "ACHIEVEMENT_REPORT");

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/proposals/p-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Được khen thưởng")))
                .andExpect(content().string(containsString("Quyết định số 123/QĐ-UBND ngày 15/12/2022")))
                .andExpect(content().string(containsString("900.000")))
                .andExpect(content().string(containsString("Họp ngày 05/12/2022: 8/9 thành viên có mặt, bỏ phiếu kín,"
                        + " đủ túc số; cần 5 phiếu đồng ý.")))
                .andExpect(content().string(containsString("href=\"/api/award/v1/proposals/p-1/decision.docx\"")))
                .andExpect(content().string(containsString("href=\"/api/award/v1/proposals/p-1/summary.xlsx\"")))
                .andExpect(content().string(containsString(
                        "href=\"/api/award/v1/proposals/p-1/certificates/n1.pdf\"")))
                .andExpect(content().string(not(containsString("id=\"submit-form\""))));
    }

    @Test
    void an_address_that_is_no_proposal_id_reaches_no_service() throws Exception {
        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/proposals/{id}", "p-1{x}")))
                .andExpect(status().isNotFound());
        assertThat(SERVICES.received()).noneMatch(request -> request.path().startsWith("/api/v1/proposals"));
    }
}
