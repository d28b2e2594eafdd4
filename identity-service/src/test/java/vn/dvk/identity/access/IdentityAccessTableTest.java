package vn.dvk.identity.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.identity.IdentityIntegrationTest;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.platform.domain.Caller;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.testsupport.AccessTable;
import vn.dvk.testsupport.AccessTable.Body;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.Spreadsheets;

/**
 * Who may call what on identity-service (the province instance, 14): every endpoint of its OpenAPI, sent by an
 * official of each role from the commune whose officials the rows are about (Lóng Phiêng, 04096), a sibling commune
 * (Chiềng Đông, 04063), its district (Yên Châu, 124), the province (14), another district (Mai Sơn, 125), and without a
 * token. The provider accepts only its own tokens, so each caller is an account of his unit and role that signs in.
 * Officials' accounts are the administrators' alone, within their subtree: another subtree's official is not found.
 */
class IdentityAccessTableTest extends IdentityIntegrationTest {

    /** Rows run in this order: each change succeeds once, in the row of the unit allowed to make it. */
    private static final String TABLE = """
            | request                                                          | unit  | none | CLERK | STEERING | COUNCIL | CHAIRMAN | VIEWER | ADMIN | AUDITOR |
            |------------------------------------------------------------------|-------|------|-------|----------|---------|----------|--------|-------|---------|
            | GET /api/v1/admin/unit-directory                                 | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/admin/unit-directory                                 | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/admin/unit-directory/units?q=phieng                  | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/admin/unit-directory/units?q=phieng                  | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/admin/unit-directory/history                         | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/admin/unit-directory/history                         | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/admin/unit-directory/template                        | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/admin/unit-directory/template                        | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | POST /api/v1/admin/unit-directory?dryRun=true <units>            | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/admin/unit-directory?dryRun=true <units>            | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/admin/unit-directory?dryRun=true <units>            | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | POST /api/v1/admin/unit-directory <bad-units>                    | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 422   | 403     |
            | GET /api/v1/audit                                                | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit                                                | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit/verification                                   | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit/verification                                   | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/catalog                                              | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/catalog                                              | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/officials                                            | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/officials                                            | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/officials?unit=04096                                 | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/officials?unit=04096                                 | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/officials?unit=04096                                 | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/officials?unit=04096                                 | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/officials/${official-04096}                          | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/officials/${official-04096}                          | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 404   | 403     |
            | GET /api/v1/officials/${official-04096}                          | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/officials/${official-04096}                          | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 404   | 403     |
            | GET /api/v1/officials/${missing}                                 | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 404   | 403     |
            | POST /api/v1/officials <new-04096>                               | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/officials <new-04096>                               | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/officials <new-04096>                               | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 201   | 403     |
            | POST /api/v1/officials <new-04096>                               | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 409   | 403     |
            | PUT /api/v1/officials/${edited-04096} <edit-04096>               | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 404   | 403     |
            | PUT /api/v1/officials/${edited-04096} <edit-04096>               | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 404   | 403     |
            | PUT /api/v1/officials/${edited-04096} <edit-04096>               | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | POST /api/v1/officials/${reset-04096}/password <password>        | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 404   | 403     |
            | POST /api/v1/officials/${reset-04096}/password <password>        | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 404   | 403     |
            | POST /api/v1/officials/${reset-04096}/password <password>        | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/officials:import-template                            | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/officials:import-template                            | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | POST /api/v1/officials:import <sheet-04096>                      | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 422   | 403     |
            | POST /api/v1/officials:import <sheet-04096>                      | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 422   | 403     |
            | POST /api/v1/officials:import <sheet-04096>                      | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 201   | 403     |
            | POST /api/v1/officials:import <sheet-04096>                      | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 422   | 403     |
            """;

    /** The province alone: every other unit of the directory in use is kept. */
    private static final String UNITS = "code,level,name,full_name,parent_code\n14,PROVINCE,Sơn La,Tỉnh Sơn La,\n";
    private static final String CALLER_PASSWORD = "Bang-quyen-truy-cap-2026";
    private static final Caller LOADER = new Caller("acl", "Bảng quyền truy cập", UnitDirectory.NATIONAL,
            Set.of(Role.ADMIN));
    private static final List<String> IMPORT_HEADERS = List.of("Tên đăng nhập", "Họ và tên", "Thư điện tử",
            "Mã đơn vị", "Vai trò", "Kích hoạt");

    /** Access tokens of the callers' accounts by login: each signs in once. */
    private final Map<String, String> tokens = new HashMap<>();

    private static String official(String login, String name) {
        return """
                {"login": "%s", "displayName": "%s", "email": "%s@dvk.local", "unitCode": "04096",
                 "roles": ["UNIT_CLERK"]}""".formatted(login, name, login);
    }

    private static Official.Profile clerkOf04096(String login) {
        return new Official.Profile("Cán bộ " + login, login + "@dvk.local", "04096", Set.of(Role.UNIT_CLERK),
                true);
    }

    /** The caller's own account, created with his unit and role on first use, signed in as any official would. */
    private ServiceClient signedIn(ServiceClient service, String login, String unitCode, String role) {
        String token = tokens.computeIfAbsent(login, any -> {
            if (officials.find(login).isEmpty()) {
                officials.create(LOADER, login, new Official.Profile("Cán bộ " + login, login + "@dvk.local",
                        unitCode, Set.of(Role.valueOf(role)), true), CALLER_PASSWORD);
            }
            try {
                return signIn(login, CALLER_PASSWORD).path("access_token").asString();
            } catch (Exception e) {
                throw new IllegalStateException(login + " cannot sign in", e);
            }
        });
        return service.withToken(token);
    }

    /** Three accounts of Lóng Phiêng: one read, one edited, one whose password is reset. */
    private AccessTable.Fixtures prepare(String run) {
        AccessTable.Fixtures fixtures = new AccessTable.Fixtures();
        for (String name : List.of("official", "edited", "reset")) {
            String login = "acl." + name + "." + run;
            officials.create(LOADER, login, clerkOf04096(login), null);
            fixtures.fact(name + "-04096", login, "14/124/04096");
        }
        return fixtures.value("missing", "acl.missing." + run);
    }

    @Test
    void every_endpoint_answers_each_role_of_each_unit_as_the_table_says_and_leaks_nothing() {
        AccessTable table = AccessTable.parse(TABLE).assertCovers(api);
        String run = UUID.randomUUID().toString().substring(0, 8);
        AccessTable.Fixtures fixtures = prepare(run);
        String imported = "acl.imported." + run;
        Map<String, Body> bodies = Map.of(
                "new-04096", Body.json(official("acl.created." + run, "Cán bộ mới của bảng quyền truy cập")),
                "edit-04096", Body.json("""
                        {"displayName": "Cán bộ đã sửa", "email": "acl.edited@dvk.local", "unitCode": "04096",
                         "roles": ["UNIT_CLERK", "VIEWER"], "enabled": true}""").header("If-Match", "1"),
                "password", Body.json("{}"),
                "units", Body.file("don-vi.csv", UNITS.getBytes(StandardCharsets.UTF_8), "text/csv"),
                "bad-units", Body.file("don-vi.csv", (UNITS + "04199,COMMUNE,Tú Nang,Xã Tú Nang,999\n")
                        .getBytes(StandardCharsets.UTF_8), "text/csv"),
                "sheet-04096", Body.file("tai-khoan.xlsx", Spreadsheets.workbook(IMPORT_HEADERS,
                        List.of(List.<Object>of(imported, "Lò Văn Nhập", imported + "@dvk.local", "04096", "UNIT_CLERK",
                                "Có"))), "application/octet-stream"));

        table.assertAnswers(api, fixtures, bodies, scope::pathOf, this::signedIn);

        assertThat(table.cases()).isGreaterThanOrEqualTo(250);
    }
}
