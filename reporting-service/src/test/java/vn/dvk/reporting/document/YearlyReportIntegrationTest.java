package vn.dvk.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.InspectionCompleted;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ReportingApiTest;
import vn.dvk.reporting.fixtures.Seed004;
import vn.dvk.testsupport.ServiceClient;

/** The yearly report of Yên Châu in the three formats, read back with POI and PDFBox. */
class YearlyReportIntegrationTest extends ReportingApiTest {

    private static final int YEAR = 2026;
    private static boolean fed;

    @BeforeAll
    static void reset() {
        fed = false;
    }

    private ServiceClient fedService() {
        if (!fed) {
            List<ModelSnapshot> models = Seed004.models(YEAR);
            ModelSnapshot pear = models.get(0);
            try (EventFeed feed = new EventFeed()) {
                models.forEach(feed::registered);
                feed.send(EvaluationEvents.SELF_ASSESSMENT_FILED, "sa-" + pear.id(), pear.unitPath(), 1,
                        new SelfAssessmentFiled("sa-" + pear.id(), pear.id(), pear.unitPath(), YEAR,
                                LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 6, 30), 60,
                                List.of(new SelfAssessmentFiled.Indicator("INCOME_VND_PER_YEAR", 1_000_000_000,
                                        "đồng/năm"), new SelfAssessmentFiled.Indicator("SEEDLINGS_SUPPLIED",
                                        20_000, "cây")), null, null, "Xã Lóng Phiêng", Instant.now()));
                String planId = "plan-81-" + System.nanoTime();
                feed.send(EvaluationEvents.INSPECTION_PLAN_PUBLISHED, planId, "14/124", 1,
                        new InspectionPlanPublished(planId, "124", "14/124", YEAR, InspectionRound.MID_YEAR,
                                "kế hoạch kiểm tra công tác dân vận, dân chủ", "81/QĐ-UBND",
                                LocalDate.of(YEAR, 1, 27), List.of(), List.of(), "UBND huyện", Instant.now()));
                feed.send(EvaluationEvents.INSPECTION_COMPLETED, "insp-" + planId, "14/124/04102", 1,
                        new InspectionCompleted("insp-" + planId, planId, "t1", YEAR, InspectionRound.MID_YEAR,
                                "04102", "14/124/04102", "Ủy ban nhân dân xã Chiềng Tương", null, "team-1",
                                LocalDate.of(YEAR, 5, 12), "Thực hiện tốt", "Đoàn kiểm tra số 1", Instant.now()));
            }
            await().atMost(Duration.ofMinutes(3)).until(() -> statistics("124", YEAR).get("total").asLong() == 119
                    && text(http.get(url("docx")).bytes()).contains("Chiềng Tương")
                    && text(http.get(url("docx")).bytes()).contains("1.000.000.000"));
            fed = true;
        }
        return http;
    }

    private static String url(String format) {
        return "/api/v1/reports/yearly?unit=124&year=" + YEAR + "&format=" + format;
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    @Test
    void the_docx_has_the_heading_block_the_statistics_the_inspections_and_the_exemplary_models() throws Exception {
        ServiceClient.Reply response = fedService().get(url("docx"));

        assertThat(response.status()).isEqualTo(200);
        String text = text(response.bytes());
        assertThat(text).contains("ỦY BAN NHÂN DÂN HUYỆN YÊN CHÂU", "Số:      /BC-UBND", "Yên Châu, ngày",
                "BÁO CÁO", "Kết quả thực hiện phong trào thi đua \"Dân vận khéo\"",
                "Tổng số mô hình \"Dân vận khéo\": 119 mô hình (tập thể 87 mô hình, cá nhân 32 mô hình)",
                "Cấp tỉnh 07 mô hình (06 tập thể; 01 cá nhân)", "Cấp huyện 23 mô hình (18 tập thể; 05 cá nhân)",
                "Cấp cơ sở 89 mô hình (63 tập thể; 26 cá nhân)",
                "Nhân rộng mô hình: 00 mô hình được nhân rộng từ 00 mô hình.",
                "Lĩnh vực phát triển kinh tế: 31 mô hình (16 tập thể; 15 cá nhân)",
                "Lĩnh vực xây dựng hệ thống chính trị: 17 mô hình (15 tập thể; 02 cá nhân)",
                "Quyết định số 81/QĐ-UBND ngày 27/01/" + YEAR, "Ủy ban nhân dân xã Chiềng Tương",
                "Thu nhập (đồng/năm): 1.000.000.000", "Cây giống cung cấp (cây): 20.000",
                "II. ĐÁNH GIÁ CHUNG", "(Nội dung do đơn vị biên soạn.)");
        assertThat(text).contains("Mô hình trồng lê Tai nung 1 - Hộ ông Nguyễn Hương Bông").doesNotContain("null");
    }

    @Test
    void the_xlsx_holds_the_statistics_table_with_numbers() throws Exception {
        ServiceClient.Reply response = fedService().get(url("xlsx"));

        assertThat(response.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.bytes()))) {
            StringBuilder text = new StringBuilder();
            Row total = null;
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(cell.getCellType() == CellType.NUMERIC ? Long.toString((long) cell
                            .getNumericCellValue()) : cell.getStringCellValue()).append('\t');
                }
                text.append('\n');
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().equals("Tổng cộng")) {
                    total = row;
                }
            }
            assertThat(text).contains("BÁO CÁO", "Cấp cơ sở 89 mô hình (63 tập thể; 26 cá nhân)");
            assertThat(total).isNotNull();
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(119);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(87);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(32);
        }
    }

    @Test
    void the_pdf_embeds_a_vietnamese_font_and_its_text_extracts_intact() throws Exception {
        ServiceClient.Reply response = fedService().get(url("pdf"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.bytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("ỦY BAN NHÂN DÂN HUYỆN YÊN CHÂU", "BÁO CÁO",
                    "119 mô hình (tập thể 87 mô hình, cá nhân 32 mô hình)",
                    "Cấp huyện 23 mô hình (18 tập thể; 05 cá nhân)", "Quyết định số 81/QĐ-UBND",
                    "Ủy ban nhân dân xã Chiềng Tương");
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
            var font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("DejaVuSans");
        }
    }

    @Test
    void an_unknown_format_is_refused_naming_the_format() {
        ServiceClient.Reply response = http.get("/api/v1/reports/yearly?unit=124&year=2022&format=odt");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"format\"");
        assertThat(http.get("/api/v1/reports/yearly?unit=124&format=pdf").status()).isEqualTo(400);
    }
}
