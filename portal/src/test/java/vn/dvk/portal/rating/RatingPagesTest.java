package vn.dvk.portal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import vn.dvk.portal.fixtures.InspectionPayloads;
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.PortalWebTest;

/**
 * Task-completion ratings and titles through the portal: both lists of a unit's subtree and year with their empty
 * states, the import with the templates through the gateway, a refused file's cells in a table, a recorded one
 * counted, and the refusal page for an official the service does not let import.
 */
class RatingPagesTest extends PortalWebTest {

    private static final byte[] SHEET = "PK sheet".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_lists_show_the_ratings_and_titles_of_the_unit_and_year() throws Exception {
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .json("GET", "/api/v1/task-ratings", "[" + InspectionPayloads.rating() + "]")
                .json("GET", "/api/v1/titles", "[" + InspectionPayloads.title() + "]");

        mvc.perform(as("steering.04096", "04096", "STEERING_MEMBER").on(get("/ratings").param("year", "2022")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lò Văn Minh")))
                .andExpect(content().string(containsString("Hoàn thành tốt nhiệm vụ")))
                .andExpect(content().string(containsString("Lần 2: Nhập nhầm mức xếp loại")))
                .andExpect(content().string(containsString("Bản, tiểu khu văn hóa")))
                .andExpect(content().string(containsString("20/12/2022")))
                .andExpect(content().string(containsString("id=\"import-ratings\"")));
        assertThat(SERVICES.received("GET", "/api/v1/task-ratings").get(0).query()).contains("unit=04096",
                "year=2022");
        assertThat(SERVICES.received("GET", "/api/v1/titles").get(0).header("Authorization"))
                .isEqualTo("Bearer token-steering.04096");

        SERVICES.json("GET", "/api/v1/task-ratings", "[]").json("GET", "/api/v1/titles", "[]");
        mvc.perform(as("council.04096", "04096", "COUNCIL_MEMBER").on(get("/ratings").param("year", "2021")))
                .andExpect(content().string(containsString("Chưa có xếp loại nào trong năm 2021 tại Xã Chiềng Mung.")))
                .andExpect(content().string(containsString("Chưa có danh hiệu nào trong năm 2021 tại Xã Chiềng Mung.")))
                .andExpect(content().string(not(containsString("id=\"import-ratings\""))));
    }

    @Test
    void a_refused_file_lists_its_cells_and_a_good_one_is_counted() throws Exception {
        mvc.perform(as("steering.04096", "04096", "STEERING_MEMBER").on(get("/ratings/import")
                        .param("kind", "TITLES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "href=\"/api/evaluation/v1/task-ratings:import-template\"")))
                .andExpect(content().string(containsString("href=\"/api/evaluation/v1/titles:import-template\"")))
                .andExpect(content().string(containsString("id=\"kind-TITLES\" value=\"TITLES\" checked")));

        SERVICES.problem("POST", "/api/v1/task-ratings:import", 400, """
                {"status":400,"code":"invalid-input","title":"Dữ liệu không hợp lệ",
                 "detail":"Có 1 lỗi trong tệp; chưa dòng nào được lưu.",
                 "errors":[{"field":"row[3].Mã đơn vị","row":3,"column":"Mã đơn vị",
                            "message":"Dòng 3, cột 'Mã đơn vị': không có đơn vị mã '99999'"}]}""");
        mvc.perform(as("steering.04096", "04096", "STEERING_MEMBER").on(multipart("/ratings/import")
                        .file(new MockMultipartFile("file", "xep-loai.xlsx", "application/octet-stream", SHEET))
                        .param("kind", "RATINGS").with(csrf())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ratings-import-error-table\"")))
                .andExpect(content().string(containsString("<td class=\"num\">3</td><td>Mã đơn vị</td>")))
                .andExpect(content().string(containsString("Có 1 lỗi trong tệp; chưa dòng nào được lưu.")));
        assertThat(SERVICES.received("POST", "/api/v1/task-ratings:import").get(0).body())
                .contains("filename=\"xep-loai.xlsx\"", "PK sheet");

        SERVICES.json("POST", "/api/v1/titles:import", "{\"imported\":2,\"items\":[" + InspectionPayloads.title()
                + "," + InspectionPayloads.title() + "]}");
        mvc.perform(as("steering.04096", "04096", "STEERING_MEMBER").on(multipart("/ratings/import")
                        .file(new MockMultipartFile("file", "danh-hieu.xlsx", "application/octet-stream", SHEET))
                        .param("kind", "TITLES").with(csrf())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã nhập 2 danh hiệu")));
    }

    @Test
    void an_import_the_service_forbids_is_the_refusal_page() throws Exception {
        SERVICES.problem("POST", "/api/v1/task-ratings:import", 403, Payloads.problem(403, "forbidden",
                "Chỉ Ban Chỉ đạo được ghi xếp loại", null, null));

        mvc.perform(as("clerk.04096", "04096", "UNIT_CLERK").on(multipart("/ratings/import")
                        .file(new MockMultipartFile("file", "xep-loai.xlsx", "application/octet-stream", SHEET))
                        .param("kind", "RATINGS").with(csrf())))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Chỉ Ban Chỉ đạo được ghi xếp loại")));
    }
}
