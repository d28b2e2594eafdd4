package vn.dvk.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.dvk.portal.fixtures.AwardPayloads;
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.PortalWebTest;

/** "Việc cần làm": what waits for the official, and what could not be read said without hiding the rest. */
class HomePageTest extends PortalWebTest {

    private static final String INSPECTION_PLANS = """
            [{"plan":{"id":"i-1","issuingUnitCode":"124","year":2026,"round":"YEAR_END","name":"Kiểm tra cuối năm 2026",
                      "decisionNumber":"12/QĐ-BCĐ","decisionDate":"2026-11-01",
                      "targets":[{"targetId":"t1","unitCode":"04096","unitName":"Xã Chiềng Mung","modelId":null,
                                  "teamId":"team-1"}],
                      "teams":[{"teamId":"team-1","name":"Tổ 1","members":[]}],
                      "publishedBy":"steering.124","publishedAt":"2026-11-01T03:00:00Z"},
              "inspections":[]}]
            """;

    @Test
    void a_clerk_sees_his_returned_models_and_what_could_not_be_read() throws Exception {
        SERVICES.jsonWhen("GET", "/api/v1/models", "status=RETURNED",
                        Payloads.page(1, Payloads.model("m-3", "Đường giao thông nông thôn", "RETURNED")))
                .json("GET", "/api/v1/deadlines", "{\"items\":[]}");

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mô hình bị trả lại cần sửa")))
                .andExpect(content().string(containsString("Đường giao thông nông thôn")))
                .andExpect(content().string(containsString("Chưa lấy được: <span>báo cáo tự đánh giá quá hạn")));
    }

    @Test
    void nothing_waiting_says_so_and_points_to_the_lists() throws Exception {
        SERVICES.json("GET", "/api/v1/models", Payloads.page(0))
                .json("GET", "/api/v1/inspection-plans", "[]");

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có việc nào đang chờ bạn.")));
    }

    @Test
    void the_council_sees_the_proposals_to_vote_the_chairman_those_to_sign_and_both_their_unread_notices()
            throws Exception {
        SERVICES.jsonWhen("GET", "/api/v1/proposals", "issuingUnitCode=124", AwardPayloads.page(
                        AwardPayloads.proposal("p-1", "SUBMITTED"),
                        AwardPayloads.proposal("p-2", "SUBMITTED", AwardPayloads.vote(), "null", new String[0])))
                .json("GET", "/api/v1/notifications", AwardPayloads.feed(1));

        mvc.perform(as("council.124", "124", "COUNCIL_MEMBER").on(get("/")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đề nghị khen thưởng chờ Hội đồng bỏ phiếu")))
                .andExpect(content().string(containsString("href=\"/proposals/p-1\"")))
                .andExpect(content().string(not(containsString("href=\"/proposals/p-2\""))))
                .andExpect(content().string(not(containsString("Chờ Chủ tịch quyết định"))))
                .andExpect(content().string(containsString("Thông báo chưa đọc")))
                .andExpect(content().string(containsString("Mô hình “Cà phê Nà Sành” bị trả lại")));
        assertThat(SERVICES.received("GET", "/api/v1/proposals").get(0).query())
                .contains("issuingUnitCode=124", "status=SUBMITTED");

        mvc.perform(as("chairman.124", "124", "CHAIRMAN").on(get("/")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đề nghị khen thưởng chờ Chủ tịch quyết định")))
                .andExpect(content().string(containsString("href=\"/proposals/p-2\"")));
    }

    @Test
    void a_steering_member_is_pointed_to_the_inspection_plans() throws Exception {
        SERVICES.json("GET", "/api/v1/models", Payloads.page(0))
                .json("GET", "/api/v1/notifications", "{\"items\":[],\"unread\":0,\"page\":0,\"size\":10,\"total\":0}")
                .json("GET", "/api/v1/inspection-plans", INSPECTION_PLANS);

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"task-inspections\"")))
                .andExpect(content().string(containsString("href=\"/inspections\"")))
                .andExpect(content().string(not(containsString("Chưa lấy được"))));
    }
}
