package vn.dvk.evaluation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvk.evaluation.support.Workbooks.XLSX;
import static vn.dvk.evaluation.support.Workbooks.workbook;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.evaluation.support.EvaluationApiTest;
import vn.dvk.evaluation.support.EvaluationTopic;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

class RatingIntegrationTest extends EvaluationApiTest {

    private static final List<String> RATING_HEADERS = List.of("Đối tượng", "Mã đơn vị", "Họ và tên", "Năm",
            "Xếp loại");

    @Test
    void the_templates_are_workbooks_with_the_imports_headers_and_the_codes_they_accept() throws Exception {
        ServiceClient.Reply ratings = http.get("/api/v1/task-ratings:import-template");
        ServiceClient.Reply titles = http.get("/api/v1/titles:import-template");

        assertThat(ratings.status()).isEqualTo(200);
        assertThat(ratings.header("Content-Disposition")).contains("mau-xep-loai.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ratings.bytes()))) {
            assertThat(cells(workbook.getSheetAt(0).getRow(0))).startsWith(RATING_HEADERS.toArray(String[]::new));
            assertThat(cells(workbook.getSheetAt(0).getRow(1))).startsWith("Cá nhân", "04096");
            assertThat(cells(workbook.getSheetAt(1).getRow(0))).containsExactly("Đối tượng", "UNIT", "Tập thể");
        }
        assertThat(titles.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(titles.bytes()))) {
            assertThat(cells(workbook.getSheetAt(0).getRow(0))).startsWith("Danh hiệu", "Mã đơn vị", "Tên", "Năm");
            assertThat(cells(workbook.getSheetAt(1).getRow(0)))
                    .containsExactly("Danh hiệu", "CULTURAL_FAMILY", "Gia đình văn hóa");
        }
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }

    @Test
    void a_corrected_rating_supersedes_the_first_under_the_same_id() {
        ServiceClient.Reply first = http.post("/api/v1/task-ratings", """
                {"subject": "UNIT", "unitCode": "04087", "year": 2021, "rating": "GOOD",
                 "recordedBy": "UBND huyện Yên Châu"}""");
        ServiceClient.Reply corrected = http.post("/api/v1/task-ratings", """
                {"subject": "UNIT", "unitCode": "04087", "year": 2021, "rating": "EXCELLENT",
                 "correctionReason": "Nhập nhầm mức xếp loại"}""");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(corrected.status()).isEqualTo(201);
        String ratingId = first.text("ratingId");
        assertThat(corrected.text("ratingId")).isEqualTo(ratingId);
        JsonNode listed = http.get("/api/v1/task-ratings?unit=04087&year=2021").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("rating").asString()).isEqualTo("EXCELLENT");
        List<TopicProbe.Received> events = topic.await(ratingId, 2);
        assertThat(EvaluationTopic.types(events)).containsOnly("vn.dvk.task-rating.recorded.v1");
        assertThat(events.get(1).value()).contains("\"rating\":\"EXCELLENT\"");
    }

    @Test
    void a_person_is_required_for_an_individual_and_refused_for_a_unit() {
        ServiceClient.Reply noPerson = http.post("/api/v1/task-ratings", """
                {"subject": "INDIVIDUAL", "unitCode": "04087", "year": 2021, "rating": "GOOD"}""");
        ServiceClient.Reply unitWithPerson = http.post("/api/v1/task-ratings", """
                {"subject": "UNIT", "unitCode": "04087", "personName": "Lò Văn A", "year": 2021, "rating": "GOOD"}""");
        ServiceClient.Reply badRating = http.post("/api/v1/task-ratings", """
                {"subject": "UNIT", "unitCode": "04087", "year": 2021, "rating": "SUPERB"}""");

        assertThat(noPerson.status()).isEqualTo(400);
        assertThat(noPerson.errorFields()).containsExactly("personName");
        assertThat(unitWithPerson.status()).isEqualTo(400);
        assertThat(badRating.status()).isEqualTo(400);
        assertThat(badRating.errorFields()).containsExactly("rating");
    }

    @Test
    void titles_are_recorded_and_listed_by_unit_year_and_title() {
        registeredPerson("Lò Văn Chiến", null, "04099", "Hộ ông Lò Văn Chiến");
        ServiceClient.Reply village = http.post("/api/v1/titles", """
                {"title": "CULTURAL_VILLAGE", "unitCode": "04099", "holderName": "Bản Phiêng Khoài", "year": 2022}""");
        ServiceClient.Reply family = http.post("/api/v1/titles", """
                {"title": "CULTURAL_FAMILY", "unitCode": "04099", "holderName": "Hộ ông Lò Văn Chiến", "year": 2022}""");
        ServiceClient.Reply noHolder = http.post("/api/v1/titles", """
                {"title": "CULTURAL_FAMILY", "unitCode": "04099", "year": 2022}""");

        assertThat(village.status()).as(village.body()).isEqualTo(201);
        assertThat(family.status()).isEqualTo(201);
        assertThat(noHolder.status()).isEqualTo(400);
        assertThat(noHolder.errorFields()).containsExactly("holderName");
        assertThat(http.get("/api/v1/titles?unit=04099&year=2022").json()).hasSize(2);
        assertThat(http.get("/api/v1/titles?unit=04099&year=2022&title=CULTURAL_VILLAGE").json()).hasSize(1);
        assertThat(EvaluationTopic.types(topic.await(village.text("titleId"), 1)))
                .containsExactly("vn.dvk.title.recorded.v1");
    }

    @Test
    void an_import_with_a_bad_row_names_row_and_column_and_stores_nothing() {
        byte[] sheet = workbook(RATING_HEADERS, List.of(
                List.of("Tập thể", "04072", "", 2022, "Hoàn thành tốt nhiệm vụ"),
                List.of("Cá nhân", "99999", "Lò Thị Bình", 2022, "Hoàn thành nhiệm vụ"),
                List.of("Cá nhân", "04072", "Cầm Văn Tâm", 2022, "Xuất sắc lắm")));

        ServiceClient.Reply answer = http.postFile("/api/v1/task-ratings:import", "xep-loai.xlsx", sheet, XLSX);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactly("row[3].Mã đơn vị", "row[4].Xếp loại");
        assertThat(http.get("/api/v1/task-ratings?unit=04072&year=2022").json()).isEmpty();
    }

    @Test
    void an_import_records_units_and_individuals_by_label_or_code() {
        registeredPerson("Lò Thị Bình", null, "04078", null);
        registeredPerson("Cầm Văn Tâm", null, "04078", null);
        byte[] sheet = workbook(RATING_HEADERS, List.of(
                List.of("Tập thể", "04078", "", 2022, "Hoàn thành xuất sắc nhiệm vụ"),
                List.of("Cá nhân", "04078", "Lò Thị Bình", 2022, "GOOD"),
                List.of("cá nhân", "04078", "Cầm Văn Tâm", 2022, "hoàn thành nhiệm vụ")));

        ServiceClient.Reply answer = http.postFile("/api/v1/task-ratings:import", "xep-loai.xlsx", sheet, XLSX);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("imported").asInt()).isEqualTo(3);
        JsonNode listed = http.get("/api/v1/task-ratings?unit=04078&year=2022").json();
        assertThat(listed).hasSize(3);
        assertThat(listed.get(0).path("rating").asString()).isEqualTo("EXCELLENT");
    }

    @Test
    void an_import_reads_headers_in_any_case_or_without_accents_and_unit_codes_excel_turned_into_numbers() {
        byte[] sheet = workbook(List.of(" doi tuong", "MÃ ĐƠN VỊ", "Ho va ten", "năm ", "XẾP LOẠI"), List.of(
                List.of("Tập thể", 4084, "", 2023, "Hoàn thành tốt nhiệm vụ")));

        ServiceClient.Reply answer = http.postFile("/api/v1/task-ratings:import", "xep-loai.xlsx", sheet, XLSX);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode listed = http.get("/api/v1/task-ratings?unit=04084&year=2023").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("unitCode").asString()).isEqualTo("04084");
    }

    @Test
    void a_titles_import_missing_a_column_or_not_a_workbook_is_refused() {
        byte[] missingColumn = workbook(List.of("Danh hiệu", "Mã đơn vị", "Năm"), List.of(
                List.of("Gia đình văn hóa", "04078", 2022)));

        ServiceClient.Reply missing = http.postFile("/api/v1/titles:import", "danh-hieu.xlsx", missingColumn, XLSX);
        ServiceClient.Reply garbage = http.postFile("/api/v1/titles:import", "danh-hieu.xlsx",
                "không phải excel".getBytes(), XLSX);
        ServiceClient.Reply good = http.postFile("/api/v1/titles:import", "danh-hieu.xlsx", workbook(
                List.of("Danh hiệu", "Mã đơn vị", "Tên", "Năm"), List.of(
                        List.of("Bản, tiểu khu văn hóa", "04081", "Bản Lựm", 2022),
                        List.of("PARTY_COMMITTEE_CLEAN_STRONG", "04081", "Đảng bộ xã Mường Lựm", 2022))), XLSX);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("file");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.errorFields()).containsExactly("file");
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/titles?unit=04081&year=2022").json()).hasSize(2);
    }
}
