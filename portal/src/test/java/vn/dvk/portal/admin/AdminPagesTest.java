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
 * The administration against the services that own it: identity-service's accounts (list by unit name and role
 * label, create with the generated password shown once, change roles and unit with the version read), reporting's
 * rebuild with its progress, a service's audit log; and an official who is no administrator refused by the service.
 */
class AdminPagesTest extends PortalWebTest {

    private static final String ACCOUNT = """
            {"login":"chiengmung.canbo","displayName":"Lò Thị Hoa","email":"hoa@chiengmung.example",
             "unitCode":"04096","unitPath":"14/124/04096","roles":["UNIT_CLERK","VIEWER"],"enabled":true,
             "lockedUntil":null,"createdAt":"2022-01-03T02:00:00Z","updatedAt":"2022-01-03T02:00:00Z",
             "updatedBy":"admin.124","version":4}
            """;

    private static final String FORBIDDEN = Payloads.problem(403, "forbidden",
            "Bạn không có quyền thực hiện thao tác này", null, null);

    @Test
    void an_administrator_lists_the_accounts_of_his_subtree_by_unit_name_and_role_label() throws Exception {
        SERVICES.json("GET", "/api/v1/officials", "{\"items\":[" + ACCOUNT + "],\"page\":0,\"size\":50,\"total\":1}")
                .json("GET", "/api/v1/dashboard/units", Payloads.commune04096());

        mvc.perform(as("admin.04096", "04096", "ADMIN").on(get("/admin/officials")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/officials/chiengmung.canbo\"")))
                .andExpect(content().string(containsString("<td data-label=\"Đơn vị\">Xã Chiềng Mung</td>")))
                .andExpect(content().string(containsString("Cán bộ đầu mối của đơn vị, Lãnh đạo, theo dõi")))
                .andExpect(content().string(containsString("id=\"admin-link\"")));
        assertThat(SERVICES.received("GET", "/api/v1/officials").get(0).query()).contains("unit=04096");
        assertThat(SERVICES.received("GET", "/api/v1/officials").get(0).header("Authorization"))
                .isEqualTo("Bearer token-admin.04096");
    }

    @Test
    void an_official_who_is_no_administrator_gets_the_services_refusal_and_no_admin_menu() throws Exception {
        SERVICES.problem("GET", "/api/v1/officials", 403, FORBIDDEN)
                .problem("GET", "/api/v1/admin/rebuild", 403, FORBIDDEN)
                .problem("POST", "/api/v1/admin/rebuild", 403, FORBIDDEN)
                .problem("GET", "/api/v1/audit", 403, FORBIDDEN)
                .problem("POST", "/api/v1/officials", 403, FORBIDDEN);
        SignedIn clerk = as("clerk.04096", "04096", "UNIT_CLERK");

        for (String page : new String[] {"/admin/officials", "/admin/rebuild", "/admin/audit"}) {
            mvc.perform(clerk.on(get(page)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("Bạn không có quyền thực hiện thao tác này")))
                    .andExpect(content().string(not(containsString("id=\"admin-link\""))));
        }
        mvc.perform(clerk.on(post("/admin/rebuild").with(csrf())))
                .andExpect(status().isForbidden());
        mvc.perform(clerk.on(post("/admin/officials/new").with(csrf()).param("login", "ke.gian")
                        .param("displayName", "Kẻ gian").param("email", "a@b.example").param("unitCode", "04096")
                        .param("roles", "ADMIN").param("enabled", "true")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_new_account_shows_its_generated_password_once_and_a_taken_login_is_said_in_place() throws Exception {
        SERVICES.answer("POST", "/api/v1/officials", 201, "application/json",
                        "{\"official\":" + ACCOUNT + ",\"generatedPassword\":\"Xuan-Mai-2022\"}")
                .json("GET", "/api/v1/dashboard/units", Payloads.commune04096());
        SignedIn admin = as("admin.04096", "04096", "ADMIN");

        mvc.perform(admin.on(post("/admin/officials/new").with(csrf()).param("login", "chiengmung.canbo")
                        .param("displayName", "Lò Thị Hoa").param("email", "hoa@chiengmung.example")
                        .param("unitCode", "04096").param("roles", "UNIT_CLERK", "VIEWER").param("enabled", "true")))
                .andExpect(redirectedUrl("/admin/officials/chiengmung.canbo"))
                .andExpect(flash().attribute("generatedPassword", "Xuan-Mai-2022"));
        assertThat(SERVICES.received("POST", "/api/v1/officials").get(0).body())
                .contains("\"login\":\"chiengmung.canbo\"", "\"roles\":[\"UNIT_CLERK\",\"VIEWER\"]",
                        "\"enabled\":true");

        SERVICES.problem("POST", "/api/v1/officials", 409, Payloads.problem(409, "login-taken",
                "Tên đăng nhập đã dùng", "login", "đã có tài khoản chiengmung.canbo"));
        mvc.perform(admin.on(post("/admin/officials/new").with(csrf()).param("login", "chiengmung.canbo")
                        .param("displayName", "Lò Thị Hoa").param("email", "hoa@chiengmung.example")
                        .param("unitCode", "04096").param("roles", "UNIT_CLERK")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<p class=\"error-message\" id=\"login-error\">đã có tài khoản chiengmung.canbo</p>")))
                .andExpect(content().string(containsString("id=\"role-UNIT_CLERK\" value=\"UNIT_CLERK\" checked")));
    }

    @Test
    void changing_roles_and_unit_sends_the_version_read_and_a_newer_change_is_said() throws Exception {
        SERVICES.json("GET", "/api/v1/officials/chiengmung.canbo", ACCOUNT)
                .json("PUT", "/api/v1/officials/chiengmung.canbo", ACCOUNT)
                .json("GET", "/api/v1/dashboard/units", Payloads.commune04096());
        SignedIn admin = as("admin.04096", "04096", "ADMIN");

        mvc.perform(admin.on(get("/admin/officials/chiengmung.canbo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"4\"")))
                .andExpect(content().string(containsString("id=\"role-VIEWER\" value=\"VIEWER\" checked")))
                .andExpect(content().string(not(containsString("id=\"login\""))));

        mvc.perform(admin.on(post("/admin/officials/chiengmung.canbo").with(csrf()).param("version", "4")
                        .param("displayName", "Lò Thị Hoa").param("email", "hoa@chiengmung.example")
                        .param("unitCode", "04096").param("roles", "STEERING_MEMBER").param("enabled", "true")))
                .andExpect(redirectedUrl("/admin/officials/chiengmung.canbo"))
                .andExpect(flash().attribute("notice", "Đã lưu tài khoản chiengmung.canbo."));
        var put = SERVICES.received("PUT", "/api/v1/officials/chiengmung.canbo").get(0);
        assertThat(put.header("If-Match")).isEqualTo("\"4\"");
        assertThat(put.body()).contains("\"roles\":[\"STEERING_MEMBER\"]", "\"unitCode\":\"04096\"")
                .doesNotContain("login");

        SERVICES.problem("PUT", "/api/v1/officials/chiengmung.canbo", 409, Payloads.problem(409, "stale",
                "Tài khoản đã được sửa trước đó", null, null));
        mvc.perform(admin.on(post("/admin/officials/chiengmung.canbo").with(csrf()).param("version", "3")
                        .param("displayName", "Lò Thị Hoa").param("email", "hoa@chiengmung.example")
                        .param("unitCode", "04096").param("roles", "VIEWER").param("enabled", "true")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tài khoản đã được sửa trước đó")));

        mvc.perform(admin.on(get("/admin/officials/{login}", ".hidden")))
                .andExpect(status().isNotFound());
        assertThat(SERVICES.received()).noneMatch(request -> request.path().contains(".hidden"));
    }

    @Test
    void the_rebuild_shows_its_progress_refreshes_while_it_runs_and_starts_at_reporting() throws Exception {
        SERVICES.json("GET", "/api/v1/admin/rebuild", """
                {"state":"RUNNING","done":1200,"total":4800,"failed":0,"eventsPerSecond":350.5,"etaSeconds":10,
                 "startedAt":"2026-12-01T02:00:00Z","finishedAt":null,"error":null}
                """)
                .answer("POST", "/api/v1/admin/rebuild", 202, "application/json", """
                {"state":"RUNNING","done":0,"total":4800,"failed":0,"eventsPerSecond":0,"etaSeconds":null,
                 "startedAt":"2026-12-01T02:00:00Z","finishedAt":null,"error":null}
                """);
        SignedIn admin = as("admin.14", "14", "ADMIN");

        mvc.perform(admin.on(get("/admin/rebuild")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đang dựng lại")))
                .andExpect(content().string(containsString("Đã xử lý 1.200 / 4.800 sự kiện (25%)")))
                .andExpect(content().string(containsString("hx-get=\"/admin/rebuild/progress\"")))
                .andExpect(content().string(containsString("350,5 sự kiện/giây")));
        mvc.perform(admin.on(get("/admin/rebuild/progress")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rebuild-progress\"")))
                .andExpect(content().string(not(containsString("<header"))));
        mvc.perform(admin.on(post("/admin/rebuild").with(csrf())))
                .andExpect(redirectedUrl("/admin/rebuild"))
                .andExpect(flash().attribute("notice", "Đã bắt đầu dựng lại số liệu thống kê."));
        assertThat(SERVICES.received("POST", "/api/v1/admin/rebuild")).hasSize(1);
    }

    @Test
    void the_audit_log_reads_the_chosen_service_for_whole_days_and_an_unreadable_date_asks_nothing()
            throws Exception {
        SERVICES.json("GET", "/api/v1/audit", """
                {"items":[{"sequence":7,"at":"2022-11-03T02:30:00Z","login":"clerk.04096","name":"Lò Thị Hoa",
                  "roles":["UNIT_CLERK"],"unitCode":"04096","unitPath":"14/124/04096","method":"POST",
                  "path":"/api/v1/proposals/p-1/documents","operation":"/api/v1/proposals/{id}/documents",
                  "targetId":"p-1","status":403,"requestId":"r-1","clientAddress":"10.0.0.1",
                  "previousHash":"a","hash":"b"}],"page":0,"size":50,"total":1}
                """);
        SignedIn auditor = as("auditor.124", "124", "AUDITOR");

        mvc.perform(auditor.on(get("/admin/audit").param("service", "award").param("login", "clerk.04096")
                        .param("from", "01/11/2022").param("to", "30/11/2022")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("03/11/2022 09:30")))
                .andExpect(content().string(containsString("Lò Thị Hoa (clerk.04096)")))
                .andExpect(content().string(containsString("Bị từ chối (403)")))
                .andExpect(content().string(containsString("<option value=\"award\" selected=\"selected\">Khen thưởng</option>")));
        assertThat(SERVICES.received("GET", "/api/v1/audit").get(0).query())
                .contains("login=clerk.04096", "from=2022-10-31T17%3A00%3A00Z", "to=2022-11-30T17%3A00%3A00Z");

        mvc.perform(auditor.on(get("/admin/audit").param("from", "2022-13-01")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&#39;2022-13-01&#39; không phải ngày (dd/mm/yyyy)")));
        assertThat(SERVICES.received("GET", "/api/v1/audit")).hasSize(1);
    }

    @Test
    void a_spreadsheet_of_accounts_shows_each_generated_password_once_or_the_bad_rows() throws Exception {
        SERVICES.answer("POST", "/api/v1/officials:import", 201, "application/json", """
                {"created":1,"officials":[{"login":"chiengmung.canbo","unitCode":"04096",
                  "generatedPassword":"Xuan-Mai-2022"}]}
                """);
        SignedIn admin = as("admin.04096", "04096", "ADMIN");
        MockMultipartFile sheet = new MockMultipartFile("file", "can-bo.csv", "text/csv",
                "login,displayName\nchiengmung.canbo,Lò Thị Hoa\n".getBytes(StandardCharsets.UTF_8));

        mvc.perform(admin.on(get("/admin/officials/import")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/api/identity/v1/officials:import-template\"")))
                .andExpect(content().string(containsString("id=\"import-form\"")));
        mvc.perform(admin.on(multipart("/admin/officials/import").file(sheet).with(csrf())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tạo 1 tài khoản")))
                .andExpect(content().string(containsString("<code>Xuan-Mai-2022</code>")));
        assertThat(SERVICES.received("POST", "/api/v1/officials:import").get(0).body())
                .contains("filename=\"can-bo.csv\"", "chiengmung.canbo,Lò Thị Hoa");

        SERVICES.problem("POST", "/api/v1/officials:import", 422, """
                {"status":422,"code":"import-rejected","title":"Tệp có lỗi","detail":"1 dòng có lỗi",
                 "errors":[{"row":3,"column":"Vai trò","field":"roles","message":"không có vai trò 'THU_KY'"}]}
                """);
        mvc.perform(admin.on(multipart("/admin/officials/import").file(sheet).with(csrf())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không có vai trò &#39;THU_KY&#39;")))
                .andExpect(content().string(containsString("<td class=\"num\">3</td><td>Vai trò</td>")));
    }
}
