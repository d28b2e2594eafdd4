package vn.dvk.registration.model.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.dvk.platform.outbox.OutboxRelay;
import vn.dvk.registration.model.ModelFixtures;
import vn.dvk.registration.model.application.ModelImport;
import vn.dvk.registration.model.application.ModelService;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.Models;
import vn.dvk.registration.model.domain.PendingImports;
import vn.dvk.registration.support.RegistrationApiTest;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.Spreadsheets;

class ModelImportTest extends RegistrationApiTest {

    private static final String HEADER = "Năm,Mã đơn vị,Cấp quản lý,Lĩnh vực,Tập thể/Cá nhân,Loại,Tên mô hình,Địa chỉ,"
            + "Nội dung,Chủ mô hình,Người phụ trách,Ngày bắt đầu,Ngày kết thúc";
    private static final String[] COMMUNES = {"04063", "04066", "04069", "04072", "04075", "04078", "04081",
            "04084", "04087", "04090", "04093", "04096", "04099", "04102"};

    @Autowired
    OutboxRelay relay;

    @Autowired
    ModelImport modelImport;

    @Autowired
    ModelService modelService;

    @Autowired
    PendingImports pendingImports;

    @Autowired
    Models models;

    private long storedModels() {
        return stored(ModelDocument.class);
    }

    private static String csvRow(int i, int year) {
        return year + "," + COMMUNES[i % COMMUNES.length] + "," + (i % 2 == 0 ? "GRASSROOTS" : "Cấp cơ sở") + ","
                + (i % 3 == 0 ? "Phát triển kinh tế" : "CULTURE_SOCIETY") + "," + (i % 2 == 0 ? "Tập thể" : "Cá nhân")
                + ",MODEL,\"Mô hình nhập số " + i + ", năm " + year + "\",bản " + i + ",Nội dung mô hình " + i
                + ",Chủ mô hình " + i + ",Người phụ trách " + i + ",01/01/" + year + "," + year + "-12-31";
    }

    private ServiceClient.Reply upload(String filename, byte[] content) {
        return api.postFile("/api/v1/models:import", filename, content, "application/octet-stream");
    }

    @Test
    void a_csv_of_1000_valid_rows_registers_1000_models_with_codes_or_vietnamese_labels() {
        int year = 2028;
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 1000; i++) {
            csv.append(csvRow(i, year)).append('\n');
        }
        long before = storedModels();

        ServiceClient.Reply reply = upload("dang-ky-2028.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().path("created").asInt()).isEqualTo(1000);
        assertThat(storedModels()).isEqualTo(before + 1000);
        JsonNode page = api.get("/api/v1/models?year=" + year + "&unit=04096&q=mo%20hinh%20nhap%20so%2039,").json();
        JsonNode model = page.path("items").valueStream()
                .filter(item -> item.path("name").asString().equals("Mô hình nhập số 39, năm " + year))
                .findFirst().orElseThrow();
        assertThat(model.path("level").asString()).isEqualTo("GRASSROOTS");
        assertThat(model.path("field").asString()).isEqualTo("ECONOMY");
        assertThat(model.path("ownerType").asString()).isEqualTo("INDIVIDUAL");
        assertThat(model.path("startDate").asString()).isEqualTo(year + "-01-01");
        assertThat(api.get("/api/v1/models?year=" + year + "&ownerType=INDIVIDUAL").json().path("total").asLong())
                .isEqualTo(500);
        await().atMost(Duration.ofSeconds(90)).until(() -> relay.backlog() == 0);
    }

    @Test
    void an_import_whose_storing_stopped_half_way_is_finished_from_its_record_each_model_stored_and_announced_once() {
        List<Model> prepared = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            prepared.add(modelService.prepare(UUID.randomUUID().toString(),
                    ModelFixtures.aTaiNungPearModel().details(), "Phòng Nội vụ"));
        }
        String importId = UUID.randomUUID().toString();
        pendingImports.record(importId, prepared);
        models.addAll(prepared.subList(0, 2));
        long before = storedModels();

        modelImport.finishUnfinished(Instant.now().plusSeconds(1));

        assertThat(storedModels()).isEqualTo(before + 2);
        assertThat(pendingImports.recordedBefore(Instant.now().plusSeconds(1)))
                .extracting(PendingImports.Unfinished::id).doesNotContain(importId);
        for (Model model : prepared) {
            assertThat(mongo.count(Query.query(Criteria.where("_id").is(model.id())), ModelDocument.class))
                    .isEqualTo(1);
            assertThat(topic.await(model.id(), 1)).as("one registered event per model").hasSize(1);
        }
    }

    @Test
    void an_xlsx_with_one_bad_row_is_refused_naming_its_row_and_column_and_stores_nothing() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Đăng ký");
            String[] headers = HEADER.split(",");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 1; i <= 5; i++) {
                Row row = sheet.createRow(i);
                List<String> cells = new ArrayList<>(List.of("2029", "04093", "Cấp huyện", "Văn hóa - xã hội",
                        "Tập thể", "Mô hình", "Mô hình tệp XLSX " + i, "bản Hua Đán, xã Tú Nang", "Nội dung",
                        "Hội Nông dân", "Lò Văn Thắng", "01/02/2029", "30/11/2029"));
                if (i == 4) {
                    cells.set(12, "01/01/2029");
                }
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }
        long before = storedModels();

        ServiceClient.Reply reply = upload("dang-ky.xlsx", file);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = reply.json().path("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).path("row").asInt()).isEqualTo(5);
        assertThat(errors.get(0).path("column").asString()).isEqualTo("Ngày kết thúc");
        assertThat(errors.get(0).path("field").asString()).isEqualTo("endDate");
        assertThat(storedModels()).isEqualTo(before);
    }

    @Test
    void unreadable_values_each_name_their_row_and_column() {
        String csv = HEADER + "\n" + csvRow(1, 2027) + "\n"
                + "20x7,04096,GRASSROOTS,FARMING,Tập thể,MODEL,Tên,Địa chỉ,Nội dung,Chủ,Người,31/02/2027,2027-12-31\n"
                + "2027,04105,GRASSROOTS,ECONOMY,Tập thể,MODEL,Tên,Địa chỉ,Nội dung,Chủ,Người,2027-01-01,2027-12-31\n"
                + "2027,04096,GRASSROOTS,ECONOMY,Tập thể,MODEL,,Địa chỉ,Nội dung,Chủ,Người,2027-01-01,2027-12-31\n";
        long before = storedModels();

        ServiceClient.Reply reply = upload("loi.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        List<String> cells = reply.json().path("errors").valueStream()
                .map(error -> error.path("row").asInt() + ":" + error.path("column").asString()).toList();
        assertThat(cells).containsExactlyInAnyOrder("3:Năm", "3:Lĩnh vực", "3:Ngày bắt đầu", "4:Mã đơn vị",
                "5:Tên mô hình");
        assertThat(storedModels()).isEqualTo(before);
    }

    @Test
    void a_file_without_the_template_columns_or_not_a_spreadsheet_is_refused() throws Exception {
        ServiceClient.Reply missing = upload("thieu.csv", "Năm,Tên mô hình\n2022,Mô hình\n".getBytes(StandardCharsets.UTF_8));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().path("errors").valueStream().map(e -> e.path("column").asString()).toList())
                .contains("Mã đơn vị", "Ngày kết thúc");

        ServiceClient.Reply broken = upload("hong.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().path("errors").get(0).path("field").asString()).isEqualTo("file");

        ServiceClient.Reply onlyHeader = upload("trong.csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(onlyHeader.status()).isEqualTo(422);
    }

    @Test
    void a_zip_bomb_is_refused_with_a_clear_problem_and_the_service_stays_healthy() {
        byte[] bomb = Spreadsheets.zipBomb(List.of(HEADER.split(",")), 512L * 1024 * 1024);

        ServiceClient.Reply reply = upload("bom.xlsx", bomb);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
        assertThat(reply.text("detail")).contains("tệp không hợp lệ hoặc bị nén bất thường");
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void a_sheet_of_70000_rows_is_refused_at_the_first_row_beyond_the_limit_and_stores_nothing() {
        String[] headers = HEADER.split(",");
        byte[] file = Spreadsheets.largeWorkbook(List.of(headers), 70_000, r -> List.of(2030, "04096",
                "GRASSROOTS", "ECONOMY", "Tập thể", "MODEL", "Mô hình số " + r, "bản Phiêng Khoài", "Nội dung",
                "Chủ mô hình", "Người phụ trách", "01/01/2030", "31/12/2030"));
        long before = storedModels();

        ServiceClient.Reply reply = upload("qua-nhieu-dong.xlsx", file);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        JsonNode error = reply.json().path("errors").get(0);
        assertThat(error.path("row").asInt()).isEqualTo(ModelImport.MAX_ROWS + 2);
        assertThat(error.path("message").asString()).contains("tối đa " + ModelImport.MAX_ROWS + " dòng");
        assertThat(storedModels()).isEqualTo(before);
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void a_unit_code_excel_turned_into_a_number_and_headers_in_other_case_and_without_accents_are_read()
            throws Exception {
        List<String> headers = List.of(HEADER.toUpperCase(Locale.ROOT).split(","));
        List<String> unaccented = new ArrayList<>(headers);
        unaccented.set(1, " ma don vi ");
        byte[] file = Spreadsheets.workbook(unaccented, List.of(List.of(2031, 4063, "Cấp cơ sở", "ECONOMY",
                "Tập thể", "MODEL", "Mô hình mã số", "bản Búa", "Nội dung", "Chủ", "Người",
                LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31))));

        ServiceClient.Reply reply = upload("ma-so.xlsx", file);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode model = api.get("/api/v1/models/" + reply.json().path("ids").get(0).asString()).json();
        assertThat(model.path("unitCode").asString()).isEqualTo("04063");
        assertThat(model.path("startDate").asString()).isEqualTo("2031-01-01");
    }

    @Test
    void the_template_is_an_xlsx_with_the_vietnamese_headers() throws Exception {
        ServiceClient.Reply response = api.get("/api/v1/models:import-template");
        assertThat(response.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.bytes()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith(HEADER.split(","));
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(2).getStringCellValue()).isEqualTo("Cấp tỉnh");
        }
    }
}
