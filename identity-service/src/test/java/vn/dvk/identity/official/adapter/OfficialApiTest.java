package vn.dvk.identity.official.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.identity.IdentityIntegrationTest;
import vn.dvk.testsupport.ServiceClient;

class OfficialApiTest extends IdentityIntegrationTest {

    private static final String DISTRICT_ADMIN_PASSWORD = "Quan-tri-Yen-Chau-2026";

    private static List<String> logins(ServiceClient.Reply page) {
        return page.json().path("items").valueStream().map(item -> item.path("login").asString()).toList();
    }

    private static String officialJson(String login, String unit, String roles, String password) {
        return """
                {"login": "%s", "displayName": "Cán bộ %s", "email": "%s@dvk.local", "unitCode": "%s",
                 "roles": [%s]%s}""".formatted(login, login, login, unit, roles,
                password == null ? "" : ", \"password\": \"" + password + "\"");
    }

    /** A district administrator (Yên Châu) created through the API by the province administrator. */
    private String districtAdminToken(String provinceAdmin) throws Exception {
        api.post("/api/v1/officials", officialJson("yenchau.quantri", "124", "\"ADMIN\"", DISTRICT_ADMIN_PASSWORD),
                bearer(provinceAdmin));
        return signIn("yenchau.quantri", DISTRICT_ADMIN_PASSWORD).path("access_token").asString();
    }

    @Test
    void without_a_token_the_api_answers_401_and_without_role_admin_403_as_problem_json() throws Exception {
        ServiceClient.Reply anonymous = api.get("/api/v1/officials");
        ServiceClient.Reply forged = api.send("GET", "/api/v1/officials", null, null, bearer("not.a.jwt"));
        ServiceClient.Reply clerk = api.send("GET", "/api/v1/officials", null, null,
                bearer(accessTokenOf("yenchau.canbo")));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous.text("title")).isEqualTo("Chưa đăng nhập");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(clerk.status()).isEqualTo(403);
        assertThat(clerk.header("Content-Type")).startsWith("application/problem+json");
        assertThat(clerk.text("code")).isEqualTo("forbidden-role");
        assertThat(clerk.text("detail")).contains("Vai trò của bạn không được");
    }

    @Test
    void an_administrator_lists_creates_updates_and_resets_officials_of_the_home_subtree() throws Exception {
        Map<String, String> admin = bearer(accessTokenOf("sonla.admin"));

        ServiceClient.Reply created = api.post("/api/v1/officials", officialJson("Maison.CanBo", "125",
                "\"UNIT_CLERK\", \"VIEWER\"", null), admin);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/officials/maison.canbo");
        JsonNode official = created.json().path("official");
        assertThat(official.path("login").asString()).isEqualTo("maison.canbo");
        assertThat(official.path("unitPath").asString()).isEqualTo("14/125");
        assertThat(official.has("passwordHash")).isFalse();
        String generated = created.text("generatedPassword");
        assertThat(generated).hasSizeGreaterThanOrEqualTo(16);
        assertThat(claimsOf(signIn("maison.canbo", generated).path("access_token").asString())
                .path("unit").asString()).isEqualTo("125");

        ServiceClient.Reply page = api.send("GET", "/api/v1/officials?unit=124&size=200", null, null, admin);
        assertThat(page.status()).isEqualTo(200);
        assertThat(logins(page)).contains("yenchau.canbo", "longphieng.bcd").doesNotContain("sonla.bcd",
                "maison.canbo");
        ServiceClient.Reply firstTwo = api.send("GET", "/api/v1/officials?size=2&page=0", null, null, admin);
        assertThat(firstTwo.json().path("items").size()).isEqualTo(2);
        assertThat(firstTwo.json().path("total").asLong()).isGreaterThanOrEqualTo(11);

        String update = """
                {"displayName": "Cán bộ Mai Sơn", "email": "maison.canbo@dvk.local", "unitCode": "125",
                 "roles": ["STEERING_MEMBER"], "enabled": true}""";
        ServiceClient.Reply withoutVersion = api.put("/api/v1/officials/maison.canbo", update, admin);
        assertThat(withoutVersion.status()).isEqualTo(400);
        assertThat(withoutVersion.errorFields()).containsExactly("If-Match");
        Map<String, String> adminWithVersion = new java.util.HashMap<>(admin);
        adminWithVersion.put("If-Match", created.header("ETag"));
        ServiceClient.Reply updated = api.put("/api/v1/officials/maison.canbo", update, adminWithVersion);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("roles").get(0).asString()).isEqualTo("STEERING_MEMBER");
        assertThat(api.put("/api/v1/officials/maison.canbo", update, adminWithVersion).status()).isEqualTo(409);

        ServiceClient.Reply reset = api.post("/api/v1/officials/maison.canbo/password",
                "{\"password\": \"Mat-khau-moi-Mai-Son\"}", admin);
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(claimsOf(signIn("maison.canbo", "Mat-khau-moi-Mai-Son").path("access_token").asString())
                .path("roles").get(0).asString()).isEqualTo("STEERING_MEMBER");
    }

    @Test
    void a_district_administrator_reaches_only_the_districts_subtree() throws Exception {
        Map<String, String> district = bearer(districtAdminToken(accessTokenOf("sonla.admin")));

        ServiceClient.Reply page = api.send("GET", "/api/v1/officials?size=200", null, null, district);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(logins(page)).contains("yenchau.canbo", "chiengdong.canbo").doesNotContain("sonla.admin",
                "sonla.bcd");
        assertThat(api.send("GET", "/api/v1/officials/sonla.bcd", null, null, district).status())
                .as("an official outside the subtree does not exist for this administrator").isEqualTo(404);
        assertThat(api.send("GET", "/api/v1/officials?unit=14", null, null, district).status()).isEqualTo(403);

        ServiceClient.Reply outside = api.post("/api/v1/officials", officialJson("sonla.moi", "14",
                "\"VIEWER\"", null), district);
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.errorFields()).containsExactly("unitCode");

        ServiceClient.Reply inside = api.post("/api/v1/officials", officialJson("longphieng.moi", "04096",
                "\"UNIT_CLERK\"", null), district);
        assertThat(inside.status()).as(inside.body()).isEqualTo(201);
        assertThat(inside.json().path("official").path("updatedBy").asString()).isEqualTo("yenchau.quantri");
    }

    @Test
    void bad_input_is_refused_naming_each_field_in_vietnamese_and_changes_nothing() throws Exception {
        Map<String, String> admin = bearer(accessTokenOf("sonla.admin"));
        long before = officials.list("14", 0, 1)
                .total();

        ServiceClient.Reply invalid = api.post("/api/v1/officials", """
                {"login": "", "displayName": "", "email": "khong-phai-email", "unitCode": "124", "roles": [],
                 "password": "ngan"}""", admin);
        ServiceClient.Reply unknownRole = api.post("/api/v1/officials", officialJson("yenchau.x", "124",
                "\"KING\"", null), admin);
        ServiceClient.Reply unknownUnit = api.post("/api/v1/officials", officialJson("yenchau.y", "99999",
                "\"VIEWER\"", null), admin);
        ServiceClient.Reply badLogin = api.post("/api/v1/officials", """
                {"login": "tên có dấu", "displayName": "Cán bộ", "email": "canbo@dvk.local", "unitCode": "124",
                 "roles": ["VIEWER"]}""", admin);
        ServiceClient.Reply taken = api.post("/api/v1/officials", officialJson("yenchau.canbo", "124",
                "\"VIEWER\"", null), admin);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.errorFields()).contains("login", "displayName", "email", "roles", "password");
        assertThat(invalid.body()).contains("không được để trống");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.errorFields()).allMatch(field -> field.startsWith("roles"));
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(unknownUnit.errorFields()).containsExactly("unitCode");
        assertThat(badLogin.status()).isEqualTo(400);
        assertThat(badLogin.errorFields()).containsExactly("login");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(officials.list("14", 0, 1)
                .total()).isEqualTo(before);
    }
}
