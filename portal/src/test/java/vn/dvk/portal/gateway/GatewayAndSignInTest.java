package vn.dvk.portal.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.PortalWebTest;
import vn.dvk.portal.fixtures.ServiceStub;

/**
 * {@code /api/<service>/**} reaches that service with the official's token and without the portal's cookie; without a
 * session the API answers 401 and a page sends the browser to sign in; the pages forbid framing and foreign scripts.
 */
class GatewayAndSignInTest extends PortalWebTest {

    @Test
    void the_api_is_relayed_to_the_service_with_the_officials_token_and_without_the_portal_cookie()
            throws Exception {
        SERVICES.json("GET", "/api/v1/models", Payloads.page(0));
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");

        mvc.perform(clerk.on(get("/api/registration/v1/models").param("year", "2022")
                        .cookie(new Cookie("DVK_PORTAL_SESSION", "secret-session"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"total\":0")));

        ServiceStub.Received relayed = SERVICES.received("GET", "/api/v1/models").get(0);
        assertThat(relayed.header("Authorization")).isEqualTo("Bearer token-clerk.04096");
        assertThat(relayed.header("Cookie")).isNull();
        assertThat(relayed.query()).isEqualTo("year=2022");
    }

    @Test
    void the_services_refusal_comes_back_through_the_gateway_unchanged() throws Exception {
        SERVICES.problem("GET", "/api/v1/statistics/models", 403,
                Payloads.problem(403, "forbidden", "Không có quyền", null, null));

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/api/reporting/v1/statistics/models")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Không có quyền")));
    }

    @Test
    void without_a_session_the_api_answers_401_and_a_page_sends_the_browser_to_sign_in() throws Exception {
        mvc.perform(get("/api/registration/v1/models")).andExpect(status().isUnauthorized());
        mvc.perform(get("/models")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/oauth2/authorization/dvk"));
        assertThat(SERVICES.received()).isEmpty();
    }

    @Test
    void signing_in_while_the_provider_is_down_shows_the_unavailable_page() throws Exception {
        mvc.perform(get("/oauth2/authorization/dvk")).andExpect(status().isServiceUnavailable());
    }

    @Test
    void pages_forbid_framing_and_scripts_from_elsewhere() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .json("GET", "/api/v1/models", Payloads.page(0));

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/models")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }
}
