package vn.dvk.award.document.adapter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;
import vn.dvk.award.document.domain.AwardPapers;

/**
 * Renders the award papers: the decision as Word (Apache POI, Times New Roman like official documents), the
 * certificate as PDF (PDFBox with DejaVu Sans embedded, whose glyphs cover Vietnamese) and the council's summary as a
 * workbook.
 */
@Component
public class PaperWriters {

    private static final String FONT = "Times New Roman";

    public byte[] decision(AwardPapers.DecisionDraft draft) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle("Quyết định khen thưởng");
            paragraph(document, ParagraphAlignment.LEFT, draft.issuer().toUpperCase(), true);
            paragraph(document, ParagraphAlignment.LEFT, "Số: " + (draft.number() == null ? "      /QĐ-UBND"
                    : draft.number()), false);
            paragraph(document, ParagraphAlignment.CENTER, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true);
            paragraph(document, ParagraphAlignment.CENTER, "Độc lập – Tự do – Hạnh phúc", true);
            paragraph(document, ParagraphAlignment.RIGHT, AwardPapers.longDate(draft.date()), false);
            paragraph(document, ParagraphAlignment.CENTER, "QUYẾT ĐỊNH", true);
            paragraph(document, ParagraphAlignment.CENTER, "Về việc tặng " + draft.formName() + " trong Phong trào"
                    + " thi đua \"Dân vận khéo\" (" + draft.occasion() + " năm " + draft.year() + ")", true);
            paragraph(document, ParagraphAlignment.BOTH, "Điều 1. Tặng " + draft.formName() + " cho "
                    + draft.lines().size() + " tập thể, cá nhân có thành tích xuất sắc (danh sách kèm theo).", false);
            XWPFTable table = document.createTable(draft.lines().size() + 2, 5);
            fill(table, 0, List.of("STT", "Tập thể, cá nhân", "Đối tượng", "Hệ số × lương cơ sở", "Số tiền (đồng)"));
            for (int i = 0; i < draft.lines().size(); i++) {
                AwardPapers.Line line = draft.lines().get(i);
                fill(table, i + 1, List.of(String.valueOf(i + 1), line.name(), line.recipientType(),
                        line.coefficient().stripTrailingZeros().toPlainString() + " × "
                                + AwardPapers.money(line.baseSalary()), AwardPapers.money(line.amount())));
            }
            fill(table, draft.lines().size() + 1, List.of("", "Tổng cộng", "", "", AwardPapers.money(draft.total())));
            paragraph(document, ParagraphAlignment.BOTH, "Điều 2. Tiền thưởng tổng cộng "
                    + AwardPapers.money(draft.total()) + " đồng, trích từ quỹ thi đua, khen thưởng của "
                    + draft.issuer() + ".", false);
            paragraph(document, ParagraphAlignment.BOTH, "Điều 3. Quyết định có hiệu lực kể từ ngày ký.", false);
            paragraph(document, ParagraphAlignment.RIGHT, "CHỦ TỊCH", true);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] certificate(AwardPapers.Certificate certificate) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(certificate.formName() + " – " + certificate.recipient());
            PDType0Font regular = font(document, "fonts/DejaVuSans.ttf");
            PDType0Font bold = font(document, "fonts/DejaVuSans-Bold.ttf");
            PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(landscape);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                float y = landscape.getHeight() - 80;
                y = centered(stream, landscape, y, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 14);
                y = centered(stream, landscape, y, "Độc lập – Tự do – Hạnh phúc", bold, 13);
                y = centered(stream, landscape, y - 20, "CHỦ TỊCH " + certificate.issuer().toUpperCase(), bold, 16);
                y = centered(stream, landscape, y - 10, certificate.formName().toUpperCase(), bold, 26);
                y = centered(stream, landscape, y - 10, "Tặng", regular, 14);
                y = centered(stream, landscape, y, certificate.recipient(), bold, 22);
                y = centered(stream, landscape, y, certificate.unit(), regular, 14);
                y = centered(stream, landscape, y - 10, certificate.achievement(), regular, 13);
                y = centered(stream, landscape, y, "Tiền thưởng: " + AwardPapers.money(certificate.amount())
                        + " đồng", regular, 13);
                centered(stream, landscape, y - 20, "Quyết định số " + certificate.decisionNumber() + " "
                        + AwardPapers.longDate(certificate.decisionDate()), regular, 12);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] summary(AwardPapers.Summary summary) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách đề nghị");
            cells(sheet.createRow(0), List.of(summary.formName() + " – " + summary.occasion() + " năm "
                    + summary.year() + " – " + summary.proposingUnit() + " đề nghị " + summary.issuer()));
            cells(sheet.createRow(2), List.of("Mã", "Tập thể, cá nhân", "Đối tượng", "Đơn vị", "Tiêu chuẩn",
                    "Đủ tiêu chuẩn", "Đồng ý", "Không đồng ý", "Không ý kiến", "Đạt số phiếu"));
            int r = 3;
            for (AwardPapers.SummaryRow row : summary.rows()) {
                cells(sheet.createRow(r++), List.of(row.nomineeId(), row.name(), row.recipientType(), row.unit(),
                        String.join("\n", row.rules()), row.eligible() ? "Có" : "Chưa",
                        text(row.inFavour()), text(row.against()), text(row.abstain()), row.passed() ? "Có" : "Chưa"));
            }
            for (int c = 0; c < 10; c++) {
                sheet.autoSizeColumn(c);
            }
            Sheet disclosure = workbook.createSheet("Công khai, ý kiến");
            cells(disclosure.createRow(0), List.of(summary.disclosure() == null ? "Danh sách chưa được công khai."
                    : summary.disclosure()));
            cells(disclosure.createRow(2), List.of("Mã", "Người góp ý", "Ngày nhận", "Ý kiến", "Trả lời",
                    "Người trả lời"));
            int c = 3;
            for (AwardPapers.CommentRow comment : summary.comments()) {
                cells(disclosure.createRow(c++), List.of(comment.commentId(), comment.author(),
                        AwardPapers.longDate(comment.receivedOn()), comment.text(),
                        comment.answer() == null ? "Chưa trả lời" : comment.answer(),
                        comment.answeredBy() == null ? "" : comment.answeredBy()));
            }
            for (int column = 0; column < 6; column++) {
                disclosure.autoSizeColumn(column);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static void cells(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    private static void paragraph(XWPFDocument document, ParagraphAlignment alignment, String text, boolean bold) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(13);
        run.setBold(bold);
        run.setText(text);
    }

    private static void fill(XWPFTable table, int row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            table.getRow(row).getCell(i).setText(values.get(i));
        }
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PaperWriters.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing from the classpath");
            }
            return PDType0Font.load(document, in);
        }
    }

    private static float centered(PDPageContentStream stream, PDRectangle page, float y, String text,
                                  PDType0Font font, float size) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(Math.max(40, (page.getWidth() - width) / 2), y);
        stream.showText(text);
        stream.endText();
        return y - size * 1.8f;
    }
}
