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
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.PortalWebTest;

/**
 * The official's subscriptions against notification-service: his list with the service's labels and the unit's
 * name, subscribing (the service's field messages in place, nothing kept), unsubscribing, and the webhook offered
 * only to an administrator.
 */
class SubscriptionPagesTest extends PortalWebTest {

    static final String OPTIONS = """
            {"kinds":[{"code":"MODEL_RETURNED","label":"Mô hình bị trả lại"},
                      {"code":"PROPOSAL_DECIDED","label":"Đề nghị khen thưởng đã có quyết định"}],
             "channels":[{"code":"EMAIL","label":"Thư điện tử"},{"code":"IN_APP","label":"Thông báo trong ứng dụng"},
                         {"code":"WEBHOOK","label":"Webhook tới hệ thống khác (có chữ ký)"}]}
            """;

    static final String OWN = """
            {"items":[{"id":"s-1","login":"clerk.04096","unitCode":"04096","unitPath":"14/124/04096",
                       "kinds":["MODEL_RETURNED"],"channels":["EMAIL","IN_APP"],"digest":false,"webhookUrl":null,
                       "createdBy":"clerk.04096","createdAt":"2022-11-03T02:30:00Z","updatedAt":"2022-11-03T02:30:00Z",
                       "version":0}],"page":0,"size":1,"total":1}
            """;

    @Test
    void the_page_lists_the_officials_subscriptions_by_unit_name_and_label() throws Exception {
        SERVICES.json("GET", "/api/v1/subscriptions", OWN)
                .json("GET", "/api/v1/subscriptions/options", OPTIONS)
                .json("GET", "/api/v1/dashboard/units", Payloads.commune04096());

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/notifications/subscriptions")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td data-label=\"Đơn vị\">Xã Chiềng Mung</td>")))
                .andExpect(content().string(containsString("<li>Mô hình bị trả lại</li>")))
                .andExpect(content().string(containsString("Thư điện tử, ")))
                .andExpect(content().string(containsString("03/11/2022")))
                .andExpect(content().string(containsString("action=\"/notifications/subscriptions/s-1/delete\"")))
                .andExpect(content().string(containsString("id=\"channel-IN_APP\"")))
                .andExpect(content().string(not(containsString("id=\"channel-WEBHOOK\""))))
                .andExpect(content().string(not(containsString("id=\"webhookUrl\""))));
        assertThat(SERVICES.received("GET", "/api/v1/subscriptions").get(0).header("Authorization"))
                .isEqualTo("Bearer token-clerk.04096");
    }

    @Test
    void no_subscription_says_how_to_make_one_and_an_administrator_may_choose_a_webhook() throws Exception {
        SERVICES.json("GET", "/api/v1/subscriptions", "{\"items\":[],\"page\":0,\"size\":0,\"total\":0}")
                .json("GET", "/api/v1/subscriptions/options", OPTIONS)
                .json("GET", "/api/v1/dashboard/units", Payloads.commune04096());

        mvc.perform(as("admin.04096", "04096", "ADMIN").on(get("/notifications/subscriptions")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn chưa đăng ký nhận thông báo nào.")))
                .andExpect(content().string(containsString("id=\"channel-WEBHOOK\"")))
                .andExpect(content().string(containsString("id=\"webhookUrl\"")));
    }

    @Test
    void subscribing_sends_the_choice_and_a_refusal_is_shown_beside_its_field() throws Exception {
        SERVICES.json("GET", "/api/v1/subscriptions", OWN)
                .json("GET", "/api/v1/subscriptions/options", OPTIONS)
                .json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .answer("POST", "/api/v1/subscriptions", 201, "application/json",
                        OWN.substring(OWN.indexOf("{\"id\""), OWN.indexOf("}],") + 1));
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");

        mvc.perform(clerk.on(post("/notifications/subscriptions").with(csrf()).param("unitCode", "04096")
                        .param("kinds", "MODEL_RETURNED").param("channels", "EMAIL")))
                .andExpect(redirectedUrl("/notifications/subscriptions"))
                .andExpect(flash().attribute("notice", "Đã đăng ký nhận thông báo."));
        assertThat(SERVICES.received("POST", "/api/v1/subscriptions").get(0).body())
                .contains("\"unitCode\":\"04096\"", "\"kinds\":[\"MODEL_RETURNED\"]", "\"channels\":[\"EMAIL\"]",
                        "\"digest\":false");

        SERVICES.problem("POST", "/api/v1/subscriptions", 400,
                Payloads.problem(400, "invalid", "Dữ liệu không hợp lệ", "kinds", "không được để trống"));
        mvc.perform(clerk.on(post("/notifications/subscriptions").with(csrf()).param("unitCode", "04096")
                        .param("channels", "EMAIL")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"error-message\">không được để trống</p>")))
                .andExpect(content().string(containsString("id=\"channel-EMAIL\" value=\"EMAIL\" checked")));
    }

    @Test
    void unsubscribing_deletes_at_the_service_and_another_officials_subscription_is_its_refusal() throws Exception {
        SERVICES.answer("DELETE", "/api/v1/subscriptions/s-1", 204, "application/json", "");
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");

        mvc.perform(clerk.on(post("/notifications/subscriptions/{id}/delete", "s-1").with(csrf())))
                .andExpect(redirectedUrl("/notifications/subscriptions"))
                .andExpect(flash().attribute("notice", "Đã hủy đăng ký."));
        assertThat(SERVICES.received("DELETE", "/api/v1/subscriptions/s-1")).hasSize(1);

        SERVICES.problem("DELETE", "/api/v1/subscriptions/s-2", 404,
                Payloads.problem(404, "not-found", "Không tìm thấy", null, null));
        mvc.perform(clerk.on(post("/notifications/subscriptions/{id}/delete", "s-2").with(csrf())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy")));
    }
}
