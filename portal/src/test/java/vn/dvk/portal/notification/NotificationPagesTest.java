package vn.dvk.portal.notification;

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

/**
 * The official's notices against notification-service's feed: the list with its unread count, the header's count
 * (which never fails a page), opening a notice on this portal's page, marking read, and another official's notice
 * refused by the service.
 */
class NotificationPagesTest extends PortalWebTest {

    private static final String NOTICE = AwardPayloads.RETURNED_NOTICE;

    @Test
    void the_feed_shows_the_officials_notices_and_how_many_are_unread() throws Exception {
        SERVICES.json("GET", "/api/v1/notifications", AwardPayloads.feed(1));

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/notifications")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>1</strong> thông báo chưa đọc")))
                .andExpect(content().string(containsString("Mô hình “Cà phê Nà Sành” bị trả lại")))
                .andExpect(content().string(containsString("Lý do: thiếu địa chỉ áp dụng.")))
                .andExpect(content().string(containsString("03/11/2022 09:30")))
                .andExpect(content().string(containsString("action=\"/notifications/" + NOTICE + "/open\"")))
                .andExpect(content().string(containsString("id=\"read-all\"")));
        assertThat(SERVICES.received("GET", "/api/v1/notifications").get(0).header("Authorization"))
                .isEqualTo("Bearer token-clerk.04096");
    }

    @Test
    void the_live_refresh_gets_the_list_alone() throws Exception {
        SERVICES.json("GET", "/api/v1/notifications", AwardPayloads.feed(1));

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/notifications/items")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"feed-items\"")))
                .andExpect(content().string(containsString("Mô hình “Cà phê Nà Sành” bị trả lại")))
                .andExpect(content().string(not(containsString("<header"))));
    }

    @Test
    void an_empty_feed_says_so() throws Exception {
        SERVICES.json("GET", "/api/v1/notifications",
                "{\"items\":[],\"unread\":0,\"page\":0,\"size\":20,\"total\":0}");

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/notifications")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có thông báo nào.")))
                .andExpect(content().string(not(containsString("id=\"read-all\""))));
    }

    @Test
    void every_page_loads_the_unread_count_which_is_empty_when_the_service_does_not_answer() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .json("GET", "/api/v1/models", Payloads.page(0));
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");
        mvc.perform(clerk.on(get("/models")))
                .andExpect(content().string(containsString("hx-get=\"/notifications/unread\"")));

        SERVICES.json("GET", "/api/v1/notifications", AwardPayloads.feed(3));
        mvc.perform(clerk.on(get("/notifications/unread")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"badge\">3</span>")))
                .andExpect(content().string(containsString(" chưa đọc")));
        assertThat(SERVICES.received("GET", "/api/v1/notifications").get(0).query()).contains("page=0", "size=1");

        SERVICES.answer("GET", "/api/v1/notifications", 503, "application/problem+json", "{\"status\":503}");
        mvc.perform(clerk.on(get("/notifications/unread")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("badge"))));
    }

    @Test
    void opening_a_notice_marks_it_read_and_goes_to_its_page_on_this_portal_never_to_another_site() throws Exception {
        SERVICES.answer("POST", "/api/v1/notifications/" + NOTICE + "/read", 204, "application/json", "");
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");

        mvc.perform(clerk.on(post("/notifications/{id}/open", NOTICE).with(csrf())
                        .param("link", "http://dvk.example:8090/models/m-7")))
                .andExpect(redirectedUrl("/models/m-7"));
        assertThat(SERVICES.received("POST", "/api/v1/notifications/" + NOTICE + "/read")).hasSize(1);

        mvc.perform(clerk.on(post("/notifications/{id}/open", NOTICE).with(csrf())
                        .param("link", "//elsewhere.example/models/m-7")))
                .andExpect(redirectedUrl("/models/m-7"));
        mvc.perform(clerk.on(post("/notifications/{id}/open", NOTICE).with(csrf())
                        .param("link", "javascript:alert(1)")))
                .andExpect(redirectedUrl("/notifications"));
    }

    @Test
    void marking_one_or_all_read_goes_back_to_the_feed() throws Exception {
        SERVICES.answer("POST", "/api/v1/notifications/" + NOTICE + "/read", 204, "application/json", "")
                .json("POST", "/api/v1/notifications/read", "{\"marked\":2}");
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");

        mvc.perform(clerk.on(post("/notifications/{id}/read", NOTICE).with(csrf())))
                .andExpect(redirectedUrl("/notifications"))
                .andExpect(flash().attribute("notice", "Đã đánh dấu đã đọc."));
        mvc.perform(clerk.on(post("/notifications/read").with(csrf())))
                .andExpect(redirectedUrl("/notifications"))
                .andExpect(flash().attribute("notice", "Đã đánh dấu tất cả thông báo là đã đọc."));
        assertThat(SERVICES.received("POST", "/api/v1/notifications/read")).hasSize(1);
    }

    @Test
    void another_officials_notice_is_the_services_refusal_and_a_malformed_id_reaches_no_service()
            throws Exception {
        SERVICES.problem("POST", "/api/v1/notifications/" + NOTICE + "/read", 404, Payloads.problem(404,
                "not-found", "Không tìm thấy thông báo", null, null));
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");

        mvc.perform(clerk.on(post("/notifications/{id}/read", NOTICE).with(csrf())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy thông báo")));

        mvc.perform(clerk.on(post("/notifications/{id}/read", "a?b").with(csrf())))
                .andExpect(status().isNotFound());
        assertThat(SERVICES.received("POST", "/api/v1/notifications/a")).isEmpty();
    }
}
