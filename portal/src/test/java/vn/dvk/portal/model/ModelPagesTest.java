package vn.dvk.portal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.PortalWebTest;
import vn.dvk.portal.fixtures.ServiceStub;

/**
 * The model pages against registration-service's API: the list with its filters, labels and empty state, the form
 * with the service's field messages in place, the refusal page for what the service forbids, and the export.
 */
class ModelPagesTest extends PortalWebTest {

    private SignedIn clerk;

    @BeforeEach
    void a_commune_clerk_is_signed_in() {
        clerk = as("clerk.04096", "04096", "UNIT_CLERK");
    }

    @Test
    void the_list_shows_the_models_with_their_labels_and_asks_the_service_with_the_officials_token()
            throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .json("GET", "/api/v1/models", Payloads.page(1, Payloads.model("m-1", "Cà phê Nà Sành", "APPROVED")));

        mvc.perform(clerk.on(get("/models").param("year", "2022").param("q", "ca phe")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cà phê Nà Sành")))
                .andExpect(content().string(containsString("Đã phê duyệt")))
                .andExpect(content().string(containsString("Phát triển kinh tế")))
                .andExpect(content().string(containsString("Xã Chiềng Mung")));

        ServiceStub.Received asked = SERVICES.received("GET", "/api/v1/models").get(0);
        assertThat(asked.header("Authorization")).isEqualTo("Bearer token-clerk.04096");
        assertThat(asked.query()).contains("unit=04096", "year=2022", "q=ca%20phe");
    }

    @Test
    void an_empty_year_says_so_and_offers_to_register() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .json("GET", "/api/v1/models", Payloads.page(0));

        mvc.perform(clerk.on(get("/models").param("year", "2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có mô hình nào trong năm 2026 tại Xã Chiềng Mung")))
                .andExpect(content().string(containsString("href=\"/models/new\"")));
    }

    @Test
    void the_services_field_message_is_shown_beside_the_field_and_the_form_keeps_what_was_typed()
            throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .problem("POST", "/api/v1/models", 400,
                        Payloads.problem(400, "validation", "Dữ liệu không hợp lệ", "name", "Tên mô hình là bắt buộc"));

        mvc.perform(clerk.on(registration("2022", "")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Tên mô hình là bắt buộc")))
                .andExpect(content().string(containsString("theo chuỗi")))
                .andExpect(content().string(containsString("id=\"year\" name=\"year\" value=\"2022\"")));
        assertThat(SERVICES.received("POST", "/api/v1/models").get(0).header("Idempotency-Key")).isNotBlank();
    }

    @Test
    void the_form_opens_on_this_year_and_the_officials_unit() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096());

        mvc.perform(clerk.on(get("/models/new")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + java.time.Year.now().getValue() + "\"")))
                .andExpect(content().string(containsString("<option value=\"04096\" selected=\"selected\">")));
    }

    @Test
    void a_year_that_is_no_number_is_said_in_place_without_asking_the_service() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096());

        mvc.perform(clerk.on(registration("hai nghìn", "Cà phê Nà Sành")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"year-error\"")))
                .andExpect(content().string(containsString("không phải là năm")));
        assertThat(SERVICES.received("POST", "/api/v1/models")).isEmpty();
    }

    @Test
    void a_registered_model_opens_its_page() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .answer("POST", "/api/v1/models", 201, "application/json",
                        Payloads.model("m-7", "Cà phê Nà Sành", "REGISTERED"));

        mvc.perform(clerk.on(registration()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/models/m-7"));
        assertThat(SERVICES.received("POST", "/api/v1/models").get(0).body())
                .contains("\"name\":\"Cà phê Nà Sành\"", "\"unitCode\":\"04096\"", "\"startDate\":\"2022-01-15\"");
    }

    @Test
    void a_returned_model_is_edited_at_the_version_seen_and_resubmitted() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .json("GET", "/api/v1/models/m-3", Payloads.model("m-3", "Đường giao thông nông thôn", "RETURNED"))
                .json("PUT", "/api/v1/models/m-3", Payloads.model("m-3", "Đường giao thông nông thôn", "REGISTERED"));

        mvc.perform(clerk.on(get("/models/m-3/edit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sửa và gửi lại mô hình")));
        mvc.perform(clerk.on(post("/models/m-3/edit").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("version", "1").param("year", "2022").param("unitCode", "04096")
                        .param("name", "Đường giao thông nông thôn").param("address", "Bản Nà Sành, xã Chiềng Mung")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/models/m-3"))
                .andExpect(flash().attribute("notice", "Đã lưu và gửi lại mô hình để xét duyệt."));

        ServiceStub.Received put = SERVICES.received("PUT", "/api/v1/models/m-3").get(0);
        assertThat(put.header("If-Match")).isEqualTo("\"1\"");
        assertThat(put.body()).contains("\"address\":\"Bản Nà Sành, xã Chiềng Mung\"");
    }

    @Test
    void a_model_is_withdrawn_with_its_reason() throws Exception {
        SERVICES.json("POST", "/api/v1/models/m-3/withdrawal",
                Payloads.model("m-3", "Đường giao thông nông thôn", "WITHDRAWN"));

        mvc.perform(clerk.on(post("/models/m-3/withdrawal").with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("reason", "Đăng ký trùng")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/models/m-3"));
        assertThat(SERVICES.received("POST", "/api/v1/models/m-3/withdrawal").get(0).body())
                .isEqualTo("{\"reason\":\"Đăng ký trùng\"}");
    }

    @Test
    void what_the_service_forbids_is_shown_as_the_refusal_page() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .problem("POST", "/api/v1/models", 403,
                        Payloads.problem(403, "forbidden", "Không có quyền", null, null));
        SignedIn viewer = as("viewer.124", "124", "VIEWER");

        mvc.perform(viewer.on(registration()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Không có quyền")));
    }

    @Test
    void a_form_without_its_csrf_token_reaches_no_service() throws Exception {
        mvc.perform(clerk.on(post("/models/new").param("name", "Không có mã CSRF")))
                .andExpect(status().isForbidden());
        assertThat(SERVICES.received("POST", "/api/v1/models")).isEmpty();
    }

    @Test
    void the_export_holds_every_page_of_the_list_with_labels() throws Exception {
        SERVICES.json("GET", "/api/v1/models",
                Payloads.page(1, Payloads.model("m-1", "=Cà phê Nà Sành", "APPROVED")));

        byte[] csv = mvc.perform(clerk.on(get("/models/export.csv").param("year", "2022")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("danh-sach-mo-hinh.csv")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Tên mô hình\"")
                .contains("\"'=Cà phê Nà Sành\",\"04096\",\"2022\",\"Cấp cơ sở\",\"Phát triển kinh tế\"")
                .contains("\"15/01/2022\",\"31/12/2022\"");
        mvc.perform(clerk.on(get("/models/export.xlsx")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(content().string(not("")));
    }

    private static MockHttpServletRequestBuilder registration() {
        return registration("2022", "Cà phê Nà Sành");
    }

    private static MockHttpServletRequestBuilder registration(String year, String name) {
        // As a browser sends a form: the fields in a form-encoded body.
        return post("/models/new").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("year", year).param("unitCode", "04096")
                .param("level", "GRASSROOTS").param("field", "ECONOMY").param("ownerType", "COLLECTIVE")
                .param("kind", "MODEL").param("name", name).param("address", "Bản Nà Sành")
                .param("content", "Trồng cà phê theo chuỗi giá trị").param("ownerName", "Tổ hợp tác Nà Sành")
                .param("personInCharge", "Lò Văn Minh").param("startDate", "15/01/2022")
                .param("endDate", "31/12/2022").param("idempotencyKey", "key-1");
    }
}
