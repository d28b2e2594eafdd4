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

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.PortalWebTest;

/**
 * The Steering Committee's review: the queue of registrations waiting in his subtree, several decided at once with
 * one refused by the service, the decision form on a model's page, and the refusal page for a role that may not decide.
 */
class ReviewPagesTest extends PortalWebTest {

    @Test
    void the_queue_lists_the_registrations_waiting_in_the_officials_subtree() throws Exception {
        SERVICES.json("GET", "/api/v1/models", Payloads.page(1, Payloads.model("m-1", "Cà phê Nà Sành", "REGISTERED")));

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/reviews")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cà phê Nà Sành")))
                .andExpect(content().string(containsString("15/01/2022")));
        assertThat(SERVICES.received("GET", "/api/v1/models").get(0).query()).contains("unit=124",
                "status=REGISTERED");
    }

    @Test
    void several_are_decided_at_once_and_the_page_says_which_the_service_refused() throws Exception {
        SERVICES.json("GET", "/api/v1/models/m-1", Payloads.model("m-1", "Cà phê Nà Sành", "REGISTERED"))
                .json("GET", "/api/v1/models/m-2", Payloads.model("m-2", "Chè Shan tuyết", "REGISTERED"))
                .answer("POST", "/api/v1/reviews", 201, "application/json",
                        "{\"id\":\"r-1\",\"modelId\":\"m-1\",\"decision\":\"RETURN\",\"reason\":\"Bổ sung địa chỉ\"}");

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post("/reviews").with(csrf())
                        .param("modelId", "m-1").param("decision", "RETURN").param("reason", "Bổ sung địa chỉ")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/reviews"))
                .andExpect(flash().attribute("outcomes", List.of(
                        new ReviewQueueController.Outcome("m-1", "Cà phê Nà Sành", true, "đã ghi quyết định"))));
        assertThat(SERVICES.received("POST", "/api/v1/reviews").get(0).body())
                .contains("\"modelId\":\"m-1\"", "\"decision\":\"RETURN\"", "\"reason\":\"Bổ sung địa chỉ\"");

        SERVICES.problem("POST", "/api/v1/reviews", 409,
                Payloads.problem(409, "conflict", "Mô hình không còn chờ xét duyệt", "modelId",
                        "Mô hình đã được xét duyệt"));
        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(post("/reviews").with(csrf())
                        .param("modelId", "m-1", "m-2").param("decision", "APPROVE")))
                .andExpect(flash().attribute("outcomes", List.of(
                        new ReviewQueueController.Outcome("m-1", "Cà phê Nà Sành", false, "Mô hình đã được xét duyệt"),
                        new ReviewQueueController.Outcome("m-2", "Chè Shan tuyết", false, "Mô hình đã được xét duyệt"))));
    }

    @Test
    void a_decision_the_service_forbids_is_the_refusal_page() throws Exception {
        SERVICES.json("GET", "/api/v1/models/m-1", Payloads.model("m-1", "Cà phê Nà Sành", "REGISTERED"))
                .problem("POST", "/api/v1/reviews", 403,
                        Payloads.problem(403, "forbidden", "Chỉ Ban Chỉ đạo được xét duyệt", null, null));

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(post("/models/m-1/reviews").with(csrf())
                        .param("decision", "APPROVE")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Chỉ Ban Chỉ đạo được xét duyệt")));
    }

    @Test
    void the_models_page_shows_its_history_and_offers_the_decision_only_to_the_steering_committee()
            throws Exception {
        SERVICES.json("GET", "/api/v1/models/m-1", Payloads.model("m-1", "Cà phê Nà Sành", "REGISTERED"))
                .json("GET", "/api/v1/models/m-1/history", """
                        [{"action":"REGISTERED","from":null,"to":"REGISTERED","reason":null,"by":"clerk.04096",
                          "at":"2022-01-15T02:00:00Z"},
                         {"action":"RETURNED","from":"REGISTERED","to":"RETURNED","reason":"Bổ sung địa chỉ",
                          "by":"steering.124","at":"2022-02-01T03:30:00Z"}]""")
                .json("GET", "/api/v1/reviews", "[]").json("GET", "/api/v1/self-assessments", "[]")
                .json("GET", "/api/v1/evaluations", "[]");

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/models/m-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bổ sung địa chỉ")))
                .andExpect(content().string(containsString("01/02/2022 10:30")))
                .andExpect(content().string(containsString("id=\"review-form\"")));
        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(get("/models/m-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"review-form\""))))
                .andExpect(content().string(containsString("id=\"edit-model\"")));
    }
}
