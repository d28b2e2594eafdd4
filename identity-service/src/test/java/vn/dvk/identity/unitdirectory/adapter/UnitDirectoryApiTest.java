package vn.dvk.identity.unitdirectory.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.identity.IdentityIntegrationTest;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.Spreadsheets;

/**
 * The unit directory's administration on identity-service with the real broker and store: a file with row errors is
 * refused whole, a checked file previews what it changes, an accepted one becomes the next version, which this service
 * applies live from the topic like every other.
 */
class UnitDirectoryApiTest extends IdentityIntegrationTest {

    private static final String PATH = "/api/v1/admin/unit-directory";
    private static final Path NATIONAL_LIST = Path.of("..", "..", "shared", "reference", "units-3tier-2024.csv");
    private static final String HEADER = "code,level,name,full_name,parent_code\n";

    private ServiceClient.Reply upload(String query, String fileName, byte[] file, Map<String, String> headers) {
        String boundary = "dvk-units-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send("POST", PATH + query, body.toByteArray(), "multipart/form-data; boundary=" + boundary,
                headers);
    }

    private static byte[] csv(String rows) {
        return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }

    private int versionsStored(Map<String, String> admin) {
        return api.send("GET", PATH + "/history", null, null, admin).json().size();
    }

    @Test
    void a_file_with_row_errors_is_refused_naming_rows_and_columns_and_the_directory_stays() throws Exception {
        Map<String, String> admin = bearer(accessTokenOf("sonla.admin"));
        int before = versionsStored(admin);

        ServiceClient.Reply reply = upload("", "don-vi.csv", csv("""
                14,PROVINCE,Sơn La,Tỉnh Sơn La,
                124,DISTRICT,Yên Châu,Huyện Yên Châu,14
                124,DISTRICT,Yên Châu,Huyện Yên Châu,14
                04197,XA,Tú Nang,Xã Tú Nang,124
                04193,COMMUNE,Chiềng Khoi,Xã Chiềng Khoi,999
                """), admin);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().path("errors").valueStream().map(error -> error.path("row").asInt() + ":"
                + error.path("column").asString() + ":" + error.path("message").asString()).toList())
                .containsExactly("4:code:mã đơn vị '124' trùng với dòng 3",
                        "5:level:cấp đơn vị 'XA' không hợp lệ (PROVINCE, DISTRICT, COMMUNE hoặc AGENCY)",
                        "6:parent_code:đơn vị cấp trên '999' không có trong tệp");
        assertThat(versionsStored(admin)).isEqualTo(before);
        assertThat(scope.directory().contains("04197")).isFalse();
        assertThat(scope.directory().contains("04193")).isFalse();
    }

    @Test
    void a_checked_workbook_previews_an_accepted_one_is_published_and_applied_here_too() throws Exception {
        Map<String, String> admin = bearer(accessTokenOf("sonla.admin"));
        byte[] workbook = Spreadsheets.workbook(List.of("code", "level", "name", "full_name", "parent_code"), List.of(
                List.of("14", "PROVINCE", "Sơn La", "Tỉnh Sơn La", ""),
                List.of("124", "DISTRICT", "Yên Châu", "Huyện Yên Châu", "14"),
                List.of("04199", "COMMUNE", "Tú Nang", "Xã Tú Nang", "124")));

        ServiceClient.Reply preview = upload("?dryRun=true", "don-vi.xlsx", workbook, admin);

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().path("version").isNull()).isTrue();
        assertThat(preview.json().path("fromFile").asInt()).isEqualTo(3);
        assertThat(preview.json().path("keptCodes").valueStream().map(JsonNode::asString).toList())
                .contains("04096", "125");
        int before = versionsStored(admin);

        ServiceClient.Reply imported = upload("", "don-vi.xlsx", workbook, admin);

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        long version = imported.json().path("version").asLong();
        JsonNode latest = api.send("GET", PATH + "/history", null, null, admin).json().get(0);
        assertThat(latest.path("number").asLong()).isEqualTo(version);
        assertThat(latest.path("importedBy").asString()).contains("sonla.admin");
        assertThat(latest.path("fileName").asString()).isEqualTo("don-vi.xlsx");
        assertThat(versionsStored(admin)).isEqualTo(before + 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode current = api.send("GET", PATH, null, null, admin).json();
            assertThat(current.path("version").asLong()).isEqualTo(version);
        });
        assertThat(scope.pathOf("04199")).isEqualTo("14/124/04199");
        JsonNode found = api.send("GET", PATH + "/units?q=tu%20nang", null, null, admin).json();
        assertThat(found.path("items").valueStream().map(unit -> unit.path("path").asString()).toList())
                .contains("14/124/04199");
    }

    @Test
    void the_national_reference_list_is_imported_published_in_chunks_and_applied() throws Exception {
        assumeTrue(Files.isRegularFile(NATIONAL_LIST), "the national list " + NATIONAL_LIST.toAbsolutePath()
                + " is absent (../shared/reference is not beside this checkout): nothing to import");
        Map<String, String> admin = bearer(accessTokenOf("sonla.admin"));
        byte[] national = Files.readAllBytes(NATIONAL_LIST);

        ServiceClient.Reply imported = upload("", NATIONAL_LIST.getFileName().toString(), national, admin);

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        long version = imported.json().path("version").asLong();
        assertThat(imported.json().path("fromFile").asInt()).isEqualTo(10_794);
        assertThat(imported.json().path("keptCodes").valueStream().map(JsonNode::asString).toList())
                .contains("124.PNV").doesNotContain("14", "124", "04096");
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                assertThat(scope.directory().find("001")).isPresent());
        JsonNode current = api.send("GET", PATH, null, null, admin).json();
        assertThat(current.path("version").asLong()).isGreaterThanOrEqualTo(version);
        assertThat(current.path("levels").valueStream().filter(level -> level.path("level").asString()
                .equals("PROVINCE")).findFirst().orElseThrow().path("count").asInt()).isEqualTo(63);
    }

    @Test
    void the_template_lists_the_reference_columns_and_only_the_provinces_administrator_imports() throws Exception {
        Map<String, String> admin = bearer(accessTokenOf("sonla.admin"));
        ServiceClient.Reply template = api.send("GET", PATH + "/template", null, null, admin);
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).startsWith(UnitDirectoryController.XLSX.toString());

        ServiceClient.Reply clerk = upload("", "don-vi.csv", csv("14,PROVINCE,Sơn La,Tỉnh Sơn La,\n"),
                bearer(accessTokenOf("yenchau.canbo")));
        assertThat(clerk.status()).isEqualTo(403);
        assertThat(clerk.json().path("type").asString()).endsWith("forbidden-role");
    }
}
