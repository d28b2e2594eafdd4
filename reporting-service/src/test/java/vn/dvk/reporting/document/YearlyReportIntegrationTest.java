package vn.dvk.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
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

/**
 * The yearly report of Yên Châu in the three formats, read back with POI and PDFBox: the decree's format (two-column
 * header, chosen date, "Nơi nhận", signature block, margins, font), the content pre-filled from the read models (the
 * six exemplary models of seed 004 §2.3 fed with their results, the §2.4 figures, §2.5 grouped), the same text in
 * DOCX and PDF, and a workbook with formulas and the list of models.
 */
class YearlyReportIntegrationTest extends ReportingApiTest {

    private static final int YEAR = 2026;
    private static final String DATE = YEAR + "-11-25";
    private static boolean sent;
    private static boolean fed;

    @BeforeAll
    static void reset() {
        sent = false;
        fed = false;
    }

    /** Sends the events once (a second feed would register 119 more models) and waits until the report shows them. */
    private ServiceClient fedService() {
        if (!sent) {
            sent = true;
            List<ModelSnapshot> models = Seed004.modelsWithExemplary(YEAR);
            ModelSnapshot pear = models.get(0);
            try (EventFeed feed = new EventFeed()) {
                models.forEach(feed::registered);
                selfAssessment(feed, pear, List.of(new SelfAssessmentFiled.Indicator("INCOME_VND_PER_YEAR",
                        1_000_000_000, "đồng/năm"), new SelfAssessmentFiled.Indicator("SEEDLINGS_SUPPLIED", 20_000,
                        "cây")));
                for (Seed004.Exemplary exemplary : Seed004.EXEMPLARY) {
                    ModelSnapshot model = models.stream().filter(m -> m.id().equals(exemplary.key() + "-" + YEAR))
                            .findFirst().orElseThrow();
                    selfAssessment(feed, model, List.of(new SelfAssessmentFiled.Indicator("INCOME_VND_PER_YEAR",
                            exemplary.income(), "đồng/năm")));
                }
                String planId = "plan-81-" + System.nanoTime();
                feed.send(EvaluationEvents.INSPECTION_PLAN_PUBLISHED, planId, "14/124", 1,
                        new InspectionPlanPublished(planId, "124", "14/124", YEAR, InspectionRound.MID_YEAR,
                                "kế hoạch kiểm tra công tác dân vận, dân chủ", "81/QĐ-UBND",
                                LocalDate.of(YEAR, 1, 27), List.of(), List.of(), "UBND huyện", Instant.now()));
                inspection(feed, planId, "04102", "Ủy ban nhân dân xã Chiềng Tương");
                inspection(feed, planId, "04096.THCS", "Trường THCS Lóng Phiêng");
                inspection(feed, planId, "124.TTR", "Thanh tra huyện");
            }
        }
        if (!fed) {
            await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                String text = text(http.get(url("docx")).bytes());
                return statistics("124", YEAR).get("total").asLong() == 119 && text.contains("Thanh tra huyện")
                        && text.contains("Chiềng Tương") && text.contains("1.000.000.000")
                        && Seed004.EXEMPLARY.stream().allMatch(e -> text.contains(e.name() + " - " + e.ownerName()
                        + ", " + e.address() + ": Thu nhập (đồng/năm): "));
            });
            fed = true;
        }
        return http;
    }

    private static void selfAssessment(EventFeed feed, ModelSnapshot model,
                                       List<SelfAssessmentFiled.Indicator> indicators) {
        feed.send(EvaluationEvents.SELF_ASSESSMENT_FILED, "sa-" + model.id(), model.unitPath(), 1,
                new SelfAssessmentFiled("sa-" + model.id(), model.id(), model.unitPath(), YEAR,
                        LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 6, 30), 60, indicators, null, null,
                        "Xã Lóng Phiêng", Instant.now()));
    }

    private static void inspection(EventFeed feed, String planId, String unitCode, String unitName) {
        String unitPath = vn.dvk.platform.unit.domain.DemoUnits.pathOf(unitCode);
        feed.send(EvaluationEvents.INSPECTION_COMPLETED, "insp-" + planId + "-" + unitCode, unitPath, 1,
                new InspectionCompleted("insp-" + planId + "-" + unitCode, planId, "t1", YEAR,
                        InspectionRound.MID_YEAR, unitCode, unitPath, unitName, null, "team-1",
                        LocalDate.of(YEAR, 5, 12), "Thực hiện tốt", "Đoàn kiểm tra số 1", Instant.now()));
    }

    private static String url(String format) {
        return url("124", format);
    }

    private static String url(String unit, String format) {
        return "/api/v1/reports/yearly?unit=" + unit + "&year=" + YEAR + "&date=" + DATE + "&format=" + format;
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** The DOCX's paragraphs in reading order, table cells row by row and cell by cell. */
    private static List<String> paragraphs(XWPFDocument document) {
        List<String> paragraphs = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(paragraph -> paragraphs.add(paragraph.getText()));
                    }
                }
            }
        }
        return paragraphs;
    }

    /** The PDF's text inside the page margins, page after page (the page numbers stand in the top margin). */
    private static String bodyText(PDDocument document) throws Exception {
        StringBuilder text = new StringBuilder();
        for (PDPage page : document.getPages()) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            PDRectangle box = page.getMediaBox();
            float top = 20 * 72f / 25.4f;
            stripper.addRegion("body", new Rectangle2D.Float(0, top, box.getWidth(), box.getHeight() - top));
            stripper.extractRegions(page);
            text.append(stripper.getTextForRegion("body")).append('\n');
        }
        return text.toString();
    }

    private static String topMargin(PDPage page) throws Exception {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("top", new Rectangle2D.Float(0, 0, page.getMediaBox().getWidth(), 20 * 72f / 25.4f));
        stripper.extractRegions(page);
        return stripper.getTextForRegion("top");
    }

    /** How §2.3 lists an exemplary model fed with its income: name, owner, place and the figure. */
    private static String exemplaryLine(Seed004.Exemplary model) {
        return model.name() + " - " + model.ownerName() + ", " + model.address() + ": Thu nhập (đồng/năm): "
                + String.format(java.util.Locale.GERMANY, "%,d", (long) model.income()) + ".";
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String section(String text, String from, String to) {
        return text.substring(text.indexOf(from), text.indexOf(to));
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
    void the_docx_is_an_official_document_with_the_decrees_format_and_the_units_letterhead() throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(fedService().get(url("docx"))
                .bytes()))) {
            XWPFTable header = (XWPFTable) document.getBodyElements().get(0);
            assertThat(header.getRow(0).getTableCells()).hasSize(2);
            assertThat(header.getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN HUYỆN YÊN CHÂU",
                    "Số:      /BC-UBND");
            assertThat(header.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Yên Châu, ngày 25 tháng 11 năm " + YEAR);
            XWPFTable closing = (XWPFTable) document.getBodyElements().stream()
                    .filter(element -> element instanceof XWPFTable table && table.getText().contains("Nơi nhận"))
                    .findFirst().orElseThrow();
            assertThat(closing.getRow(0).getCell(0).getText()).contains("Nơi nhận:", "- Sở Nội vụ (b/c);",
                    "- Lưu: VT, NV, A 03 bản.");
            assertThat(closing.getRow(0).getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                    "Lù Văn Cường");

            String text = String.join("\n", paragraphs(document));
            assertThat(text).contains("Kính gửi: Ủy ban nhân dân tỉnh Sơn La.",
                    "Ủy ban nhân dân huyện Yên Châu trân trọng báo cáo./.");
            String exemplary = section(text, "2.3. Các biện pháp", "2.4. Việc rà soát");
            Seed004.EXEMPLARY.forEach(model -> assertThat(exemplary).contains(model.name() + " - "
                    + model.ownerName() + ", " + model.address()));
            Seed004.EXEMPLARY.forEach(model -> assertThat(exemplary).contains(exemplaryLine(model)));
            assertThat(section(text, "2.5. Công tác kiểm tra", "II. ĐÁNH GIÁ CHUNG")).contains(
                    "Các xã: Ủy ban nhân dân xã Chiềng Tương.", "Các trường: Trường THCS Lóng Phiêng.",
                    "Các cơ quan chuyên môn: Thanh tra huyện.");
            assertThat(text).doesNotContain("Theo trạng thái", "00 cá nhân)");

            CTPageMar margins = document.getDocument().getBody().getSectPr().getPgMar();
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                    .containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134), BigInteger.valueOf(1701),
                            BigInteger.valueOf(850));
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW()).isEqualTo(
                    BigInteger.valueOf(11906));
            String xml = document.getDocument().xmlText();
            assertThat(xml).contains("w:ascii=\"Times New Roman\"", "<w:sz w:val=\"26\"/>")
                    .doesNotContain("DejaVu");
            XWPFTable statistics = document.getTables().stream()
                    .filter(table -> table.getText().contains("Tổng cộng")).findFirst().orElseThrow();
            assertThat(statistics.getRow(0).isRepeatHeader()).isTrue();
            assertThat(statistics.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString())
                    .isEqualTo("single");
            assertThat(document.getHeaderList().stream().anyMatch(h -> h._getHdrFtr().xmlText()
                    .contains("PAGE"))).isTrue();
        }
    }

    @Test
    void the_xlsx_holds_the_statistics_table_with_numbers() throws Exception {
        ServiceClient.Reply response = fedService().get(url("xlsx"));

        assertThat(response.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.bytes()))) {
            DataFormatter formatter = new DataFormatter();
            StringBuilder text = new StringBuilder();
            Row total = null;
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(cell.getCellType() == CellType.NUMERIC ? Long.toString((long) cell
                            .getNumericCellValue()) : formatter.formatCellValue(cell)).append('\t');
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
    void the_xlsx_works_as_a_spreadsheet_with_formulas_level_and_field_on_every_row_and_the_list_of_models()
            throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(fedService().get(url("xlsx"))
                .bytes()))) {
            Sheet statistics = workbook.getSheetAt(0);
            List<Row> table = new ArrayList<>();
            boolean inTable = false;
            for (Row row : statistics) {
                Cell first = row.getCell(0);
                String label = first == null ? "" : new DataFormatter().formatCellValue(first);
                if (label.equals("Cấp")) {
                    inTable = true;
                    continue;
                }
                if (inTable) {
                    table.add(row);
                }
                if (label.equals("Tổng cộng")) {
                    break;
                }
            }
            assertThat(table).isNotEmpty().allSatisfy(row -> {
                assertThat(row.getCell(0).getStringCellValue()).isNotBlank();
                assertThat(row.getCell(1).getStringCellValue()).isNotBlank();
                assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
            });
            Row total = table.get(table.size() - 1);
            assertThat(total.getCell(2).getCellFormula()).startsWith("SUM(");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(119);
            Row economyInCommunes = table.stream().filter(row -> row.getCell(0).getStringCellValue()
                    .equals("Cấp cơ sở") && row.getCell(1).getStringCellValue().equals("Phát triển kinh tế"))
                    .findFirst().orElseThrow();
            assertThat(economyInCommunes.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(economyInCommunes.getCell(3).getNumericCellValue()).isEqualTo(16);
            assertThat(statistics.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(statistics.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(statistics.getRepeatingRows()).isNotNull();

            Sheet list = workbook.getSheet("Danh sách mô hình");
            List<Row> models = new ArrayList<>();
            list.forEach(row -> {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC) {
                    models.add(row);
                }
            });
            assertThat(models).hasSize(119);
            assertThat(models).anySatisfy(row -> {
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Xã Tú Nang");
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Mô hình ghép nhãn, trồng chuối");
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Cấp huyện");
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Cá nhân");
                assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Hộ ông Nguyễn Văn Bình");
            });
            assertThat(list.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(list.getRepeatingRows()).isNotNull();
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
            assertThat(font.getName()).contains("LiberationSerif");
        }
    }

    @Test
    void the_pdf_has_the_decrees_format_and_only_the_embedded_liberation_serif() throws Exception {
        try (PDDocument document = Loader.loadPDF(fedService().get(url("pdf")).bytes())) {
            String text = normalized(new PDFTextStripper().getText(document));
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Yên Châu, ngày 25 tháng 11 năm " + YEAR, "Kính gửi: Ủy ban nhân dân tỉnh Sơn La.", "Nơi nhận:",
                    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lù Văn Cường",
                    "Các xã: Ủy ban nhân dân xã Chiềng Tương.");
            Seed004.EXEMPLARY.forEach(model -> assertThat(text).contains(model.ownerName()));
            String exemplary = section(text, "2.3. Các biện pháp", "2.4. Việc rà soát");
            Seed004.EXEMPLARY.forEach(model -> assertThat(exemplary).contains(exemplaryLine(model)));
            assertThat(section(text, "2.4. Việc rà soát", "2.5. Công tác kiểm tra")).contains(
                    "Tổng số mô hình \"Dân vận khéo\": 119 mô hình (tập thể 87 mô hình, cá nhân 32 mô hình)",
                    "Cấp tỉnh 07 mô hình (06 tập thể; 01 cá nhân)", "Cấp huyện 23 mô hình (18 tập thể; 05 cá nhân)",
                    "Cấp cơ sở 89 mô hình (63 tập thể; 26 cá nhân)");
            assertThat(section(text, "2.5. Công tác kiểm tra", "II. ĐÁNH GIÁ CHUNG")).contains(
                    "Các xã: Ủy ban nhân dân xã Chiềng Tương.", "Các trường: Trường THCS Lóng Phiêng.",
                    "Các cơ quan chuyên môn: Thanh tra huyện.");
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
                        org.assertj.core.data.Offset.offset(0.5f));
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).contains("LiberationSerif");
                }
            }
            assertThat(topMargin(document.getPage(0)).trim()).isEmpty();
            assertThat(topMargin(document.getPage(1)).trim()).isEqualTo("2");
        }
    }

    @Test
    void the_docx_and_the_pdf_read_back_as_the_same_sequence_of_paragraphs() throws Exception {
        ServiceClient service = fedService();
        String docx;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(service.get(url("docx"))
                .bytes()))) {
            docx = normalized(String.join("\n", paragraphs(document)));
        }
        String pdf;
        try (PDDocument document = Loader.loadPDF(service.get(url("pdf")).bytes())) {
            pdf = normalized(bodyText(document));
        }
        // The PDF redraws the table's header row on every page it spans, as Word displays the repeated header row.
        String headerRow = "Cấp Lĩnh vực Tổng số Tập thể Cá nhân";
        int first = pdf.indexOf(headerRow) + headerRow.length();
        pdf = pdf.substring(0, first) + pdf.substring(first).replace(" " + headerRow, "");

        assertThat(pdf).isEqualTo(docx);
    }

    @Test
    void a_commune_report_lists_only_what_the_commune_did_and_a_province_report_claims_no_district_decision()
            throws Exception {
        ServiceClient service = fedService();

        String commune = text(service.get(url("04102", "docx")).bytes());
        assertThat(commune).contains("ỦY BAN NHÂN DÂN XÃ CHIỀNG TƯƠNG", "Kính gửi: Ủy ban nhân dân huyện Yên Châu.",
                "TM. ỦY BAN NHÂN DÂN", "(Chưa có cuộc kiểm tra nào do đơn vị tiến hành trong năm " + YEAR + ".)");
        assertThat(commune).doesNotContain("81/QĐ-UBND", "Các xã:", "Lù Văn Cường");
        String province = text(service.get(url("14", "docx")).bytes());
        assertThat(province).contains("Kính gửi:").doesNotContain("81/QĐ-UBND", "Chiềng Tương");
    }

    @Test
    void an_unknown_format_is_refused_naming_the_format() {
        ServiceClient.Reply response = http.get("/api/v1/reports/yearly?unit=124&year=2022&format=odt");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"format\"");
        assertThat(http.get("/api/v1/reports/yearly?unit=124&format=pdf").status()).isEqualTo(400);
    }

    @Test
    void a_malformed_date_or_one_outside_the_year_and_the_next_is_refused_naming_the_date() {
        for (String date : List.of("25/11/2022", "2022-13-01", "2024-01-01", "2021-12-31")) {
            ServiceClient.Reply response = http.get("/api/v1/reports/yearly?unit=124&year=2022&date=" + date
                    + "&format=pdf");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).contains("\"date\"");
        }
        assertThat(http.get("/api/v1/reports/yearly?unit=124&year=2022&date=2023-01-10&format=pdf").status())
                .isEqualTo(200);
    }
}
