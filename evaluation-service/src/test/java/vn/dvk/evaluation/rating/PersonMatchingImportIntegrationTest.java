package vn.dvk.evaluation.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvk.evaluation.support.Workbooks.XLSX;
import static vn.dvk.evaluation.support.Workbooks.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.evaluation.support.EvaluationApiTest;
import vn.dvk.evaluation.support.EvaluationTopic;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/**
 * Issue 10 item 2 and issue 17 item 5 on the real broker and store: ratings and titles imported from XLSX name
 * persons of the registry (kept from award-service's events), refuse a whole file whose names match nobody or several
 * persons with the candidates per row, keep their versions, and read a sheet the way Excel leaves it while holding to
 * the limits.
 */
class PersonMatchingImportIntegrationTest extends EvaluationApiTest {

    private static final List<String> RATING_HEADERS = List.of("Đối tượng", "Mã đơn vị", "Họ và tên", "Năm",
            "Xếp loại");
    private static final String COMMUNE = "04069";

    @Test
    void a_ratings_file_with_an_ambiguous_and_an_unknown_name_is_refused_row_by_row_and_stores_nothing() {
        registeredPerson("Lò Văn Thắng", LocalDate.of(1970, 1, 5), COMMUNE, null);
        registeredPerson("Lò Văn Thăng", LocalDate.of(1982, 9, 9), COMMUNE, null);
        registeredPerson("Quàng Thị Duyên", null, COMMUNE, null);
        byte[] sheet = workbook(RATING_HEADERS, List.of(
                List.of("Tập thể", COMMUNE, "", 2024, "Hoàn thành tốt nhiệm vụ"),
                List.of("Cá nhân", COMMUNE, "Lo Van Thang", 2024, "Hoàn thành tốt nhiệm vụ"),
                List.of("Cá nhân", COMMUNE, "Hà Văn Khiêm", 2024, "Hoàn thành tốt nhiệm vụ"),
                List.of("Cá nhân", COMMUNE, "quang thi duyen", 2024, "Hoàn thành xuất sắc nhiệm vụ")));

        ServiceClient.Reply answer = http.postFile("/api/v1/task-ratings:import", "xep-loai.xlsx", sheet, XLSX);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactly("row[3].Họ và tên", "row[4].Họ và tên");
        List<String> messages = answer.json().path("errors").findValuesAsString("message");
        assertThat(messages.get(0)).contains("Dòng 3", "ứng với 2 người", "Lò Văn Thắng, sinh 5/1/1970",
                "Lò Văn Thăng, sinh 9/9/1982");
        assertThat(messages.get(1)).contains("Dòng 4", "không có người tên 'Hà Văn Khiêm' của đơn vị 04069");
        assertThat(http.get("/api/v1/task-ratings?unit=" + COMMUNE + "&year=2024").json()).isEmpty();
    }

    @Test
    void matched_rows_store_the_person_id_and_real_name_and_a_second_import_is_a_correction_only_with_a_reason() {
        String hoaBorn1992 = registeredPerson("Lò Thị Hoa", LocalDate.of(1992, 7, 1), "04090", null);
        registeredPerson("Lò Thị Hoa", LocalDate.of(1980, 3, 4), "04090", null);
        String thang = registeredPerson("Lò Văn Thắng", null, "04090", null);
        List<String> headers = List.of("Đối tượng", "Mã đơn vị", "Họ và tên", "Ngày sinh", "Năm", "Xếp loại");

        ServiceClient.Reply first = http.postFile("/api/v1/task-ratings:import", "xep-loai.xlsx", workbook(headers,
                List.of(Arrays.asList("Cá nhân", "04090", "lo thi hoa", "01/07/1992", 2024, "Hoàn thành tốt nhiệm vụ"),
                        Arrays.asList("Cá nhân", "04090", "LÒ VĂN THẮNG", null, 2024, "Hoàn thành nhiệm vụ"))), XLSX);
        ServiceClient.Reply again = http.postFile("/api/v1/task-ratings:import", "xep-loai.xlsx", workbook(headers,
                List.of(Arrays.asList("Cá nhân", "04090", "Lò Văn Thắng", null, 2024, "Hoàn thành tốt nhiệm vụ"))),
                XLSX);
        ServiceClient.Reply corrected = http.postFile("/api/v1/task-ratings:import", "xep-loai.xlsx", workbook(
                List.of("Đối tượng", "Mã đơn vị", "Họ và tên", "Năm", "Xếp loại", "Lý do đính chính"),
                List.of(List.of("Cá nhân", "04090", "Lò Văn Thắng", 2024, "Hoàn thành tốt nhiệm vụ",
                        "Biên bản họp xét ngày 12/12/2024 ghi nhầm"))), XLSX);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode items = first.json().path("items");
        assertThat(items.findValuesAsString("personId")).containsExactly(hoaBorn1992, thang);
        assertThat(items.findValuesAsString("personName")).containsExactly("Lò Thị Hoa", "Lò Văn Thắng");
        assertThat(again.status()).as(again.body()).isEqualTo(400);
        assertThat(again.errorFields()).containsExactly("row[2].Năm");
        assertThat(again.json().path("errors").get(0).path("message").asString()).contains("lý do đính chính");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        String ratingId = corrected.json().path("items").get(0).path("ratingId").asString();
        assertThat(ratingId).isEqualTo(items.get(1).path("ratingId").asString());
        JsonNode history = http.get("/api/v1/task-ratings/" + ratingId + "/history").json();
        assertThat(history.findValuesAsString("rating")).containsExactly("COMPLETED", "GOOD");
        assertThat(history.get(1).path("version").asLong()).isEqualTo(2);
        assertThat(history.get(1).path("correctionReason").asString())
                .isEqualTo("Biên bản họp xét ngày 12/12/2024 ghi nhầm");
        List<TopicProbe.Received> events = topic.await(ratingId, 2);
        assertThat(EvaluationTopic.types(events)).containsOnly("vn.dvk.task-rating.recorded.v1");
        assertThat(events.get(1).value()).contains("\"version\":2", "\"personId\":\"" + thang + "\"");
    }

    @Test
    void a_titles_file_is_read_as_excel_leaves_it_and_refused_on_limits_kinds_of_unit_and_future_years() {
        registeredPerson("Lường Văn Pọm", null, "04093", "Gia đình ông Lường Văn Pọm");
        List<String> sloppyHeaders = List.of(" danh hieu", "MA DON VI", "tên ", "NĂM");

        ServiceClient.Reply refused = http.postFile("/api/v1/titles:import", "danh-hieu.xlsx", workbook(sloppyHeaders,
                List.of(List.of("Bản, tiểu khu văn hóa", 4093, "x".repeat(301), 2024),
                        List.of("Bản, tiểu khu văn hóa", 124, "Bản Nà Cài", 2024),
                        List.of("Gia đình văn hóa", 4093, "Gia đình ông Lường Văn Pọm", 2027))), XLSX);
        ServiceClient.Reply imported = http.postFile("/api/v1/titles:import", "danh-hieu.xlsx", workbook(
                sloppyHeaders, List.of(List.of("Bản, tiểu khu văn hóa", 4093, "Bản Nà Cài", 2024),
                        List.of("Gia đình văn hóa", 4093, "gia dinh ong luong van pom", 2024))), XLSX);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("row[2].tên", "row[3].MA DON VI", "row[4].NĂM");
        assertThat(refused.json().path("errors").findValuesAsString("message")).anySatisfy(message ->
                assertThat(message).contains("không được dài quá 300 ký tự"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode titles = http.get("/api/v1/titles?unit=04093&year=2024").json();
        assertThat(titles.findValuesAsString("unitCode")).containsOnly("04093");
        assertThat(titles.findValuesAsString("holderName")).containsExactly("Bản Nà Cài",
                "Gia đình ông Lường Văn Pọm");
    }

    @Test
    void a_file_beyond_the_row_limit_is_refused_as_a_whole() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i <= 5_000; i++) {
            rows.add(List.of("Tập thể", "04075", "", 2024, "Hoàn thành tốt nhiệm vụ"));
        }

        ServiceClient.Reply answer = http.postFile("/api/v1/task-ratings:import", "xep-loai.xlsx",
                workbook(RATING_HEADERS, rows), XLSX);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactly("file");
        assertThat(http.get("/api/v1/task-ratings?unit=04075&year=2024").json()).isEmpty();
    }

    @Test
    void one_at_a_time_a_rating_or_title_is_refused_naming_the_field_and_corrected_only_with_a_reason() {
        ServiceClient.Reply unknownPerson = http.post("/api/v1/task-ratings", """
                {"subject": "INDIVIDUAL", "unitCode": "04066", "personId": "no-such-person", "year": 2024,
                 "rating": "GOOD"}""");
        ServiceClient.Reply villageOfDistrict = http.post("/api/v1/titles", """
                {"title": "CULTURAL_VILLAGE", "unitCode": "124", "holderName": "Bản Nà Cài", "year": 2024}""");
        ServiceClient.Reply futureYear = http.post("/api/v1/titles", """
                {"title": "CULTURAL_VILLAGE", "unitCode": "04066", "holderName": "Bản Nà Cài", "year": 2099}""");
        ServiceClient.Reply first = http.post("/api/v1/titles", """
                {"title": "CULTURAL_VILLAGE", "unitCode": "04066", "holderName": "Bản Nà Cài", "year": 2024}""");
        ServiceClient.Reply second = http.post("/api/v1/titles", """
                {"title": "CULTURAL_VILLAGE", "unitCode": "04066", "holderName": "bản nà cài", "year": 2024}""");
        ServiceClient.Reply correction = http.post("/api/v1/titles", """
                {"title": "CULTURAL_VILLAGE", "unitCode": "04066", "holderName": "Bản Nà Cài", "year": 2024,
                 "correctionReason": "Quyết định công nhận số 15/QĐ-UBND được ban hành lại"}""");

        assertThat(unknownPerson.status()).as(unknownPerson.body()).isEqualTo(422);
        assertThat(unknownPerson.errorFields()).containsExactly("personId");
        assertThat(villageOfDistrict.status()).as(villageOfDistrict.body()).isEqualTo(422);
        assertThat(villageOfDistrict.errorFields()).containsExactly("unitCode");
        assertThat(futureYear.status()).as(futureYear.body()).isEqualTo(400);
        assertThat(futureYear.errorFields()).containsExactly("year");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.errorFields()).containsExactly("correctionReason");
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        JsonNode history = http.get("/api/v1/titles/" + first.text("titleId") + "/history").json();
        assertThat(history.findValuesAsString("recordedBy")).hasSize(2);
        assertThat(history.get(1).path("correctionReason").asString())
                .isEqualTo("Quyết định công nhận số 15/QĐ-UBND được ban hành lại");
        assertThat(http.get("/api/v1/titles?unit=04066&year=2024").json()).hasSize(1);
    }
}
