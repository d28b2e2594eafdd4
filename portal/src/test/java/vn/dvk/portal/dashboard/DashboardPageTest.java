package vn.dvk.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Year;
import org.junit.jupiter.api.Test;
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.PortalWebTest;

/**
 * The dashboard inside the portal: it opens on the official's home unit and the latest year with data, every figure
 * links to its list of models, the children drill down, and the yearly report is offered in three formats.
 */
class DashboardPageTest extends PortalWebTest {

    @Test
    void it_opens_on_the_home_unit_and_the_latest_year_with_data() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.district124())
                .json("GET", "/api/v1/statistics/models", Payloads.statistics("124", Year.now().getValue(), 0))
                .jsonWhen("GET", "/api/v1/statistics/models", "year=2022", Payloads.statistics("124", 2022, 119))
                .json("GET", "/api/v1/compliance", Payloads.noCompliance("124", 2022));

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/dashboard")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Huyện Mai Sơn – năm 2022")))
                .andExpect(content().string(containsString(">119</a>")))
                .andExpect(content().string(containsString(
                        "href=\"/models?unit=124&amp;year=2022&amp;level=GRASSROOTS&amp;field=ECONOMY&amp;status=")))
                .andExpect(content().string(containsString("href=\"/dashboard?unit=04096&amp;year=2022\"")))
                .andExpect(content().string(containsString(
                        "/api/reporting/v1/reports/yearly?unit=124&amp;year=2022&amp;format=pdf")))
                .andExpect(content().string(not(containsString("Chưa có mô hình nào trong năm 2022"))));

        assertThat(SERVICES.received("GET", "/api/v1/statistics/models"))
                .allSatisfy(asked -> assertThat(asked.query()).contains("unit=124"));
    }

    @Test
    void a_year_without_models_says_so_with_vietnamese_separators_elsewhere() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.district124())
                .json("GET", "/api/v1/statistics/models", Payloads.statistics("124", 2025, 0))
                .jsonWhen("GET", "/api/v1/statistics/models", "unit=14", Payloads.statistics("14", 2025, 12_345))
                .json("GET", "/api/v1/compliance", Payloads.noCompliance("124", 2025));

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER").on(get("/dashboard").param("year", "2025")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có mô hình nào trong năm 2025.")));
        mvc.perform(as("steering.14", "14", "STEERING_MEMBER")
                        .on(get("/dashboard").param("unit", "14").param("year", "2025")))
                .andExpect(content().string(containsString(">12.345</a>")));
    }

    @Test
    void a_unit_the_official_may_not_see_is_the_services_refusal() throws Exception {
        SERVICES.problem("GET", "/api/v1/dashboard/units", 403,
                Payloads.problem(403, "forbidden", "Đơn vị nằm ngoài phạm vi của bạn", null, null))
                .json("GET", "/api/v1/statistics/models", Payloads.statistics("15", 2022, 3))
                .json("GET", "/api/v1/compliance", Payloads.noCompliance("15", 2022));

        mvc.perform(as("steering.124", "124", "STEERING_MEMBER")
                        .on(get("/dashboard").param("unit", "15").param("year", "2022")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Đơn vị nằm ngoài phạm vi của bạn")));
    }
}
