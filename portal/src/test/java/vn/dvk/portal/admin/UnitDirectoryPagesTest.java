package vn.dvk.portal.admin;

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

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.PortalWebTest;

/**
 * The unit directory page against identity-service: the directory in use with its counts per level and units found by
 * name, the history; an import checked first (a refused file's bad rows in a table, nothing published), then confirmed
 * with the file that was checked; an official who is no administrator refused by the service.
 */
class UnitDirectoryPagesTest extends PortalWebTest {

    private static final String PATH = "/api/v1/admin/unit-directory";
    private static final String OVERVIEW = """
            {"version":1,"source":"imported version 1","unitCount":62,"levels":[
              {"level":"PROVINCE","label":"Tỉnh, thành phố","count":1},
              {"level":"DISTRICT","label":"Huyện, quận, thị xã, thành phố thuộc tỉnh","count":2},
              {"level":"COMMUNE","label":"Xã, phường, thị trấn","count":36},
              {"level":"AGENCY","label":"Cơ quan, đơn vị","count":23}],
             "latest":{"number":1,"unitCount":62,"fromFile":62,"added":0,"changed":1,"kept":0,
              "fileName":"don-vi.csv","importedBy":"Quản trị hệ thống tỉnh Sơn La (sonla.admin)",
              "importedAt":"2026-12-01T02:00:00Z"}}
            """;
    private static final String UNITS = """
            {"items":[{"code":"04096","level":"COMMUNE","levelLabel":"Xã, phường, thị trấn","name":"Lóng Phiêng",
              "fullName":"Xã Lóng Phiêng","parentCode":"124","path":"14/124/04096"}],"page":0,"size":50,"total":1}
            """;
    private static final String HISTORY = """
            [{"number":1,"unitCount":62,"fromFile":62,"added":0,"changed":1,"kept":0,"fileName":"don-vi.csv",
              "importedBy":"Quản trị hệ thống tỉnh Sơn La (sonla.admin)","importedAt":"2026-12-01T02:00:00Z"}]
            """;
    private static final MockMultipartFile FILE = new MockMultipartFile("file", "don-vi.csv", "text/csv",
            "code,level,name,full_name,parent_code\n04199,COMMUNE,Tú Nang,Xã Tú Nang,124\n"
                    .getBytes(StandardCharsets.UTF_8));

    private void directoryAnswers() {
        SERVICES.json("GET", PATH, OVERVIEW).json("GET", PATH + "/units", UNITS).json("GET", PATH + "/history",
                HISTORY);
    }

    @Test
    void the_page_shows_the_counts_per_level_the_units_found_by_name_and_the_history() throws Exception {
        directoryAnswers();

        mvc.perform(as("admin.14", "14", "ADMIN").on(get("/admin/units").param("q", "phiêng")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd id=\"level-COMMUNE\">36</dd>")))
                .andExpect(content().string(containsString("<td data-label=\"Tên đầy đủ\">Xã Lóng Phiêng</td>")))
                .andExpect(content().string(containsString("01/12/2026 09:00")))
                .andExpect(content().string(containsString("id=\"admin-units-link\"")))
                .andExpect(content().string(containsString(
                        "href=\"/api/identity/v1/admin/unit-directory/template\"")))
                .andExpect(content().string(containsString("id=\"units-form\"")));
        assertThat(SERVICES.received("GET", PATH + "/units").get(0).query()).contains("q=phi");
    }

    @Test
    void a_refused_file_shows_its_bad_rows_in_a_table_and_nothing_is_published() throws Exception {
        directoryAnswers();
        SERVICES.problem("POST", PATH, 422, """
                {"status":422,"code":"import-invalid","title":"Tệp có lỗi",
                 "detail":"Có 2 lỗi trong tệp; danh mục đơn vị chưa thay đổi.",
                 "errors":[{"row":2,"column":"parent_code","field":"parent_code",
                            "message":"đơn vị cấp trên '999' không có trong tệp"},
                           {"row":3,"column":"level","field":"level",
                            "message":"cấp đơn vị 'XA' không hợp lệ (PROVINCE, DISTRICT, COMMUNE hoặc AGENCY)"}]}
                """);
        SignedIn admin = as("admin.14", "14", "ADMIN");

        mvc.perform(admin.on(multipart("/admin/units/check").file(FILE).with(csrf())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"units-error-table\"")))
                .andExpect(content().string(containsString("<td class=\"num\">2</td><td>parent_code</td>")))
                .andExpect(content().string(containsString("đơn vị cấp trên &#39;999&#39; không có trong tệp")))
                .andExpect(content().string(not(containsString("id=\"units-confirm\""))));
        assertThat(SERVICES.received("POST", PATH)).hasSize(1);
        assertThat(SERVICES.received("POST", PATH).get(0).body()).contains("name=\"dryRun\"", "true");

        mvc.perform(admin.on(post("/admin/units/confirm").with(csrf())))
                .andExpect(redirectedUrl("/admin/units"));
        assertThat(SERVICES.received("POST", PATH)).hasSize(1);
    }

    @Test
    void a_checked_file_is_previewed_and_the_confirmation_publishes_that_same_file() throws Exception {
        directoryAnswers();
        SERVICES.json("POST", PATH, """
                {"version":null,"unitCount":63,"fromFile":1,"added":1,"changed":0,"keptCodes":["14","124","04096"]}
                """);
        SignedIn admin = as("admin.14", "14", "ADMIN");

        mvc.perform(admin.on(multipart("/admin/units/check").file(FILE).with(csrf())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("thêm mới 1")))
                .andExpect(content().string(containsString("id=\"units-confirm\"")));

        SERVICES.answer("POST", PATH, 201, "application/json", """
                {"version":2,"unitCount":63,"fromFile":1,"added":1,"changed":0,"keptCodes":["14","124","04096"]}
                """);
        mvc.perform(admin.on(post("/admin/units/confirm").with(csrf())))
                .andExpect(redirectedUrl("/admin/units"))
                .andExpect(flash().attribute("notice", containsString("Đã nhập phiên bản 2")));
        var confirmed = SERVICES.received("POST", PATH).get(1);
        assertThat(confirmed.body()).contains("filename=\"don-vi.csv\"", "04199,COMMUNE,Tú Nang")
                .doesNotContain("dryRun");
    }

    @Test
    void an_official_who_is_no_administrator_gets_the_services_refusal() throws Exception {
        String forbidden = Payloads.problem(403, "forbidden-role", "Bạn không có quyền thực hiện thao tác này", null,
                null);
        SERVICES.problem("GET", PATH, 403, forbidden).problem("POST", PATH, 403, forbidden);
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");

        mvc.perform(clerk.on(get("/admin/units")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Bạn không có quyền thực hiện thao tác này")));
        mvc.perform(clerk.on(multipart("/admin/units/check").file(FILE).with(csrf())))
                .andExpect(status().isForbidden());
    }
}
