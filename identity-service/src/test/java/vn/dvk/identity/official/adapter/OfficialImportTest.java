package vn.dvk.identity.official.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.identity.IdentityIntegrationTest;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.Spreadsheets;

class OfficialImportTest extends IdentityIntegrationTest {

    private static final String[] HEADERS = {"Tên đăng nhập", "Họ và tên", "Thư điện tử", "Mã đơn vị", "Vai trò",
        "Kích hoạt"};

    private long stored() {
        return officials.list("14", 0, 1).total();
    }

    private static byte[] workbook(List<String[]> rows) {
        return Spreadsheets.workbook(List.of(HEADERS), rows.stream().map(row -> List.<Object>of(row)).toList());
    }

    private ServiceClient.Reply upload(byte[] file, Map<String, String> headers) {
        String boundary = "dvk-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tk.xlsx\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send("POST", "/api/v1/officials:import", body.toByteArray(),
                "multipart/form-data; boundary=" + boundary, headers);
    }

    @Test
    void a_workbook_with_one_bad_row_is_refused_naming_its_row_and_column_and_stores_nothing() throws Exception {
        Map<String, String> admin = bearer(accessTokenOf("sonla.admin"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"tunang.canbo", "Lò Văn Thắng", "tunang.canbo@dvk.local", "04093", "UNIT_CLERK", "Có"});
        rows.add(new String[] {"tunang.bcd", "Hà Thị Nga", "tunang.bcd@dvk.local", "04093",
            "Thành viên Ban Chỉ đạo", ""});
        rows.add(new String[] {"tunang.lanhdao", "Cầm Văn Sơn", "tunang.lanhdao@dvk.local", "04093", "Vua", "Có"});
        long before = stored();

        ServiceClient.Reply reply = upload(workbook(rows), admin);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = reply.json().path("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).path("row").asInt()).isEqualTo(4);
        assertThat(errors.get(0).path("column").asString()).isEqualTo("Vai trò");
        assertThat(errors.get(0).path("field").asString()).isEqualTo("roles");
        assertThat(errors.get(0).path("message").asString()).contains("'Vua' không hợp lệ");
        assertThat(stored()).isEqualTo(before);
        assertThat(officials.find("tunang.canbo")).isEmpty();
    }

    @Test
    void a_valid_workbook_creates_every_account_with_a_generated_password_and_refuses_a_repeat() throws Exception {
        Map<String, String> admin = bearer(accessTokenOf("sonla.admin"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"phieng.canbo", "Lò Thị Phiêng", "phieng.canbo@dvk.local", "04096",
            "UNIT_CLERK; VIEWER", "Có"});
        rows.add(new String[] {"phieng.bcd", "Quàng Văn Lả", "phieng.bcd@dvk.local", "04096", "STEERING_MEMBER",
            "Không"});

        ServiceClient.Reply reply = upload(workbook(rows), admin);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().path("created").asInt()).isEqualTo(2);
        JsonNode first = reply.json().path("officials").get(0);
        assertThat(first.path("login").asString()).isEqualTo("phieng.canbo");
        assertThat(officials.find("phieng.bcd").orElseThrow().enabled()).isFalse();
        assertThat(claimsOf(signIn("phieng.canbo", first.path("generatedPassword").asString())
                .path("access_token").asString()).path("roles").size()).isEqualTo(2);

        ServiceClient.Reply again = upload(workbook(rows), admin);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().path("errors").valueStream().map(e -> e.path("row").asInt() + ":"
                + e.path("column").asString()).toList()).containsExactly("2:Tên đăng nhập", "3:Tên đăng nhập");
    }

    @Test
    void headers_retyped_without_accents_and_unit_codes_excel_turned_into_numbers_are_read_as_meant()
            throws Exception {
        Map<String, String> admin = bearer(accessTokenOf("sonla.admin"));
        List<String> retyped = List.of(" TEN DANG NHAP ", "ho va ten", "Thu dien tu", "MA DON VI ", "vai tro",
                "Kich hoat");
        byte[] file = Spreadsheets.workbook(retyped, List.of(List.of("chiengdong.bcd", "Lò Văn Đông",
                "chiengdong.bcd@dvk.local", 4063, "STEERING_MEMBER", "Có")));

        ServiceClient.Reply reply = upload(file, admin);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().path("officials").get(0).path("unitCode").asString()).isEqualTo("04063");
        assertThat(officials.find("chiengdong.bcd").orElseThrow().unitPath()).endsWith("/04063");
    }

    @Test
    void the_template_is_an_xlsx_with_the_vietnamese_headers_and_the_role_codes_and_only_admins_get_it()
            throws Exception {
        ServiceClient.Reply template = api.send("GET", "/api/v1/officials:import-template", null, null,
                bearer(accessTokenOf("sonla.admin")));

        assertThat(template.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.bytes()))) {
            List<String> headers = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly(HEADERS);
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(1).getStringCellValue()).isEqualTo("UNIT_CLERK");
        }
        assertThat(api.send("GET", "/api/v1/officials:import-template", null, null,
                bearer(accessTokenOf("yenchau.bcd"))).status()).isEqualTo(403);
        assertThat(upload(new byte[] {1, 2, 3}, Map.of()).status()).isEqualTo(401);
    }
}
