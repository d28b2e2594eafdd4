package vn.dvk.portal.award;

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
import vn.dvk.portal.fixtures.AwardPayloads;
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.PortalWebTest;
import vn.dvk.portal.shared.domain.Problem;

/**
 * The award steps between submission and decision against award-service's API: units named instead of coded, the
 * public disclosure with its period and comments, the council's attestation of a criterion that needs judgement,
 * the return for a fuller dossier with its reason; each offered by role, each refusal beside its form or as the
 * refusal page.
 */
class ProposalStepsPagesTest extends PortalWebTest {

    private static final String ALL_DOCUMENTS_SUBMITTED = AwardPayloads.proposal("p-1", "SUBMITTED", "null", "null",
            new String[] {"PROPOSAL_LETTER", "COUNCIL_MINUTES", "ACHIEVEMENT_REPORT"});

    private void theProposal(String json) {
        SERVICES.json("GET", "/api/v1/proposals/p-1", json)
                .json("GET", "/api/v1/proposals/p-1/history", AwardPayloads.history())
                .json("GET", "/api/v1/proposals/p-1/eligibility", AwardPayloads.eligibility())
                .json("GET", "/api/v1/award-forms", AwardPayloads.forms())
                .json("GET", "/api/v1/dashboard/units", Payloads.commune04096());
    }

    private static String disclosed(String proposal) {
        return proposal.replace("\"notice\":null,\"comments\":[]", """
                "notice":{"startDate":"2022-11-10","endDate":"2022-11-20","place":"Nhà văn hóa bản Nà Sành",
                  "by":"clerk.04096"},
                "comments":[{"commentId":"C1","author":"Ông Lò Văn Páo","text":"Đề nghị làm rõ thành tích năm 2021",
                  "receivedOn":"2022-11-12","recordedBy":"clerk.04096","answer":null,"answeredBy":null,"answeredAt":null}]""");
    }

    @Test
    void the_list_and_the_proposal_name_their_units() throws Exception {
        SERVICES.json("GET", "/api/v1/proposals", AwardPayloads.page(ALL_DOCUMENTS_SUBMITTED));
        theProposal(ALL_DOCUMENTS_SUBMITTED);
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");

        mvc.perform(clerk.on(get("/proposals")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td data-label=\"Đơn vị đề nghị\">Xã Chiềng Mung</td>")));
        mvc.perform(clerk.on(get("/proposals/p-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd id=\"proposing-unit\">Xã Chiềng Mung</dd>")))
                .andExpect(content().string(containsString("<dd id=\"issuing-unit\">Huyện Mai Sơn</dd>")))
                .andExpect(content().string(containsString("<td data-label=\"Đơn vị\">Xã Chiềng Mung</td>")));
    }

    @Test
    void a_unit_the_directory_does_not_name_keeps_its_code_and_the_page_still_shows() throws Exception {
        theProposal(ALL_DOCUMENTS_SUBMITTED);
        SERVICES.problem("GET", "/api/v1/dashboard/units", 403, Payloads.problem(403, "forbidden", "Ngoài phạm vi",
                null, null));

        // another official than the other tests', whose neighbourhoods the portal keeps
        mvc.perform(as("deputy.04096", "04096", "UNIT_CLERK").on(get("/proposals/p-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd id=\"proposing-unit\">04096</dd>")));
    }

    @Test
    void the_clerk_publishes_a_submitted_list_and_the_service_gets_its_shape() throws Exception {
        theProposal(ALL_DOCUMENTS_SUBMITTED);
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");
        mvc.perform(clerk.on(get("/proposals/p-1")))
                .andExpect(content().string(containsString("id=\"disclosure-form\"")))
                .andExpect(content().string(containsString("Danh sách chưa được công khai.")))
                .andExpect(content().string(not(containsString("id=\"return-form\""))))
                .andExpect(content().string(not(containsString("id=\"attest-n2-EXEMPLARY\""))));

        SERVICES.json("POST", "/api/v1/proposals/p-1/disclosure", disclosed(ALL_DOCUMENTS_SUBMITTED));
        mvc.perform(clerk.on(post("/proposals/p-1/disclosure").with(csrf()).param("startDate", "2022-11-10")
                        .param("place", " Nhà văn hóa bản Nà Sành ")))
                .andExpect(redirectedUrl("/proposals/p-1#disclosure"))
                .andExpect(flash().attribute("notice", "Đã công khai danh sách đề nghị để lấy ý kiến."));
        assertThat(SERVICES.received("POST", "/api/v1/proposals/p-1/disclosure").get(0).body())
                .contains("\"startDate\":\"2022-11-10\"", "\"place\":\"Nhà văn hóa bản Nà Sành\"");

        SERVICES.problem("POST", "/api/v1/proposals/p-1/disclosure", 409, Payloads.problem(409, "already-published",
                "Xung đột", "startDate", "Danh sách đã được công khai từ 2022-11-10 đến 2022-11-20."));
        mvc.perform(clerk.on(post("/proposals/p-1/disclosure").with(csrf()).param("startDate", "2022-11-11")
                        .param("place", "UBND xã")))
                .andExpect(redirectedUrl("/proposals/p-1#disclosure"))
                .andExpect(result -> assertThat((Problem) result.getFlashMap().get("disclosureProblem"))
                        .satisfies(problem -> assertThat(problem.messageFor("startDate"))
                                .contains("Danh sách đã được công khai từ 2022-11-10 đến 2022-11-20.")));
    }

    @Test
    void a_published_list_shows_its_period_and_comments_which_the_clerk_answers() throws Exception {
        theProposal(disclosed(ALL_DOCUMENTS_SUBMITTED));
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");

        mvc.perform(clerk.on(get("/proposals/p-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Công khai từ 10/11/2022 đến 20/11/2022 tại Nhà văn hóa bản Nà Sành.")))
                .andExpect(content().string(containsString("Đề nghị làm rõ thành tích năm 2021")))
                .andExpect(content().string(containsString("id=\"answer-form-C1\"")))
                .andExpect(content().string(containsString("id=\"comment-form\"")))
                .andExpect(content().string(not(containsString("id=\"disclosure-form\""))));

        SERVICES.json("POST", "/api/v1/proposals/p-1/comments", disclosed(ALL_DOCUMENTS_SUBMITTED))
                .json("POST", "/api/v1/proposals/p-1/comments/C1/answer", disclosed(ALL_DOCUMENTS_SUBMITTED));
        mvc.perform(clerk.on(post("/proposals/p-1/comments").with(csrf()).param("author", "Bà Cầm Thị Ánh")
                        .param("text", "Đồng ý").param("receivedOn", "2022-11-13")))
                .andExpect(redirectedUrl("/proposals/p-1#disclosure"));
        mvc.perform(clerk.on(post("/proposals/p-1/comments/C1/answer").with(csrf())
                        .param("text", "Năm 2021 xã hoàn thành xuất sắc nhiệm vụ.")))
                .andExpect(redirectedUrl("/proposals/p-1#disclosure"))
                .andExpect(flash().attribute("notice", "Đã ghi câu trả lời."));
        assertThat(SERVICES.received("POST", "/api/v1/proposals/p-1/comments").get(0).body())
                .contains("\"author\":\"Bà Cầm Thị Ánh\"", "\"receivedOn\":\"2022-11-13\"");
        assertThat(SERVICES.received("POST", "/api/v1/proposals/p-1/comments/C1/answer").get(0).body())
                .contains("\"text\":\"Năm 2021 xã hoàn thành xuất sắc nhiệm vụ.\"");
    }

    @Test
    void the_council_attests_a_criterion_that_needs_judgement_and_a_refusal_stays_beside_its_line()
            throws Exception {
        theProposal(ALL_DOCUMENTS_SUBMITTED);
        SignedIn council = as("council.124", "124", "COUNCIL_MEMBER");
        mvc.perform(council.on(get("/proposals/p-1")))
                .andExpect(content().string(containsString("id=\"attest-n2-EXEMPLARY\"")))
                .andExpect(content().string(not(containsString("id=\"attest-n1-COLLECTIVE_RATING\""))))
                .andExpect(content().string(not(containsString("id=\"disclosure-form\""))));

        SERVICES.json("POST", "/api/v1/proposals/p-1/attestations", ALL_DOCUMENTS_SUBMITTED);
        mvc.perform(council.on(post("/proposals/p-1/attestations").with(csrf()).param("nomineeId", "n2")
                        .param("ruleCode", "EXEMPLARY").param("holds", "true")
                        .param("note", "Gương mẫu, được nhân dân tín nhiệm")))
                .andExpect(redirectedUrl("/proposals/p-1#sheet-n2"))
                .andExpect(flash().attribute("notice", "Đã ghi đánh giá của Hội đồng."));
        assertThat(SERVICES.received("POST", "/api/v1/proposals/p-1/attestations").get(0).body())
                .contains("\"nomineeId\":\"n2\"", "\"ruleCode\":\"EXEMPLARY\"", "\"holds\":true",
                        "\"note\":\"Gương mẫu, được nhân dân tín nhiệm\"");

        SERVICES.problem("POST", "/api/v1/proposals/p-1/attestations", 400, Payloads.problem(400, "invalid",
                "Dữ liệu không hợp lệ", "note", "không được để trống"));
        mvc.perform(council.on(post("/proposals/p-1/attestations").with(csrf()).param("nomineeId", "n2")
                        .param("ruleCode", "EXEMPLARY").param("holds", "false")))
                .andExpect(redirectedUrl("/proposals/p-1#sheet-n2"))
                .andExpect(flash().attribute("attestationLine", "n2/EXEMPLARY"));
    }

    @Test
    void the_council_returns_a_proposal_with_its_reason_and_a_clerk_gets_the_refusal_page() throws Exception {
        theProposal(ALL_DOCUMENTS_SUBMITTED);
        SignedIn council = as("council.124", "124", "COUNCIL_MEMBER");
        mvc.perform(council.on(get("/proposals/p-1")))
                .andExpect(content().string(containsString("id=\"return-form\"")));

        SERVICES.json("POST", "/api/v1/proposals/p-1:return", AwardPayloads.proposal("p-1", "RETURNED"));
        mvc.perform(council.on(post("/proposals/p-1/return").with(csrf())
                        .param("reason", "Thiếu báo cáo thành tích có xác nhận")))
                .andExpect(redirectedUrl("/proposals/p-1"))
                .andExpect(flash().attribute("notice", "Đã trả lại đề nghị để đơn vị bổ sung hồ sơ."));
        assertThat(SERVICES.received("POST", "/api/v1/proposals/p-1:return").get(0).body())
                .isEqualTo("{\"reason\":\"Thiếu báo cáo thành tích có xác nhận\"}");

        SERVICES.problem("POST", "/api/v1/proposals/p-1:return", 400, Payloads.problem(400, "invalid",
                "Dữ liệu không hợp lệ", "reason", "không được để trống"));
        mvc.perform(council.on(post("/proposals/p-1/return").with(csrf()).param("reason", " ")))
                .andExpect(redirectedUrl("/proposals/p-1#return-problem"));
        assertThat(SERVICES.received("POST", "/api/v1/proposals/p-1:return").get(1).body())
                .isEqualTo("{\"reason\":null}");

        SERVICES.problem("POST", "/api/v1/proposals/p-1:return", 403, Payloads.problem(403, "not-the-issuer",
                "Chỉ Hội đồng của cấp khen thưởng được trả lại đề nghị", null, null));
        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(post("/proposals/p-1/return").with(csrf())
                        .param("reason", "tự trả lại")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Chỉ Hội đồng của cấp khen thưởng được trả lại đề nghị")));
    }

    @Test
    void the_council_lets_an_unproven_criterion_pass_for_a_reason() throws Exception {
        theProposal(ALL_DOCUMENTS_SUBMITTED);
        SignedIn council = as("council.124", "124", "COUNCIL_MEMBER");
        mvc.perform(council.on(get("/proposals/p-1")))
                .andExpect(content().string(containsString("id=\"override-n2-INDIVIDUAL_RATING\"")))
                .andExpect(content().string(not(containsString("id=\"override-n1-COLLECTIVE_RATING\""))))
                .andExpect(content().string(not(containsString("id=\"override-n2-EXEMPLARY\""))));
        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/proposals/p-1")))
                .andExpect(content().string(not(containsString("id=\"override-n2-INDIVIDUAL_RATING\""))));

        SERVICES.json("POST", "/api/v1/proposals/p-1/overrides", ALL_DOCUMENTS_SUBMITTED);
        mvc.perform(council.on(post("/proposals/p-1/overrides").with(csrf()).param("nomineeId", "n2")
                        .param("ruleCode", "INDIVIDUAL_RATING")
                        .param("reason", "Năm 2021 công tác tại đơn vị khác, đã xác minh")))
                .andExpect(redirectedUrl("/proposals/p-1#sheet-n2"))
                .andExpect(flash().attribute("notice", "Đã ghi quyết định vượt tiêu chí của Hội đồng."));
        assertThat(SERVICES.received("POST", "/api/v1/proposals/p-1/overrides").get(0).body())
                .contains("\"nomineeId\":\"n2\"", "\"ruleCode\":\"INDIVIDUAL_RATING\"",
                        "\"reason\":\"Năm 2021 công tác tại đơn vị khác, đã xác minh\"");

        SERVICES.problem("POST", "/api/v1/proposals/p-1/overrides", 409, Payloads.problem(409,
                "nothing-to-override", "Xung đột", "ruleCode", "chỉ vượt qua tiêu chí không đạt hoặc thiếu minh chứng"));
        mvc.perform(council.on(post("/proposals/p-1/overrides").with(csrf()).param("nomineeId", "n2")
                        .param("ruleCode", "EXEMPLARY").param("reason", "vượt")))
                .andExpect(redirectedUrl("/proposals/p-1#sheet-n2"))
                .andExpect(flash().attribute("overrideLine", "n2/EXEMPLARY"));
    }
}
