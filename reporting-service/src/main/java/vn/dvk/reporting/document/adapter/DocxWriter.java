package vn.dvk.reporting.document.adapter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.document.domain.ReportBlock;
import vn.dvk.reporting.document.domain.YearlyReport;

/** Renders a report as a Word document (Apache POI), in Times New Roman as official documents are. */
@Component
public class DocxWriter {

    private static final String FONT = "Times New Roman";

    public byte[] write(YearlyReport report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(report.title());
            for (ReportBlock block : report.blocks()) {
                if (block instanceof ReportBlock.Title title) {
                    run(paragraph(document, ParagraphAlignment.CENTER), title.text(),
                            true, false);
                } else if (block instanceof ReportBlock.Centered centered) {
                    run(paragraph(document, ParagraphAlignment.CENTER),
                            centered.text(), false, false);
                } else if (block instanceof ReportBlock.Heading heading) {
                    run(paragraph(document, ParagraphAlignment.LEFT),
                            heading.text(), true, false);
                } else if (block instanceof ReportBlock.Paragraph paragraph) {
                    run(paragraph(document, ParagraphAlignment.BOTH),
                            paragraph.text(), false, false);
                } else if (block instanceof ReportBlock.Bullet bullet) {
                    XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.LEFT);
                    paragraph.setIndentationLeft(360 * (bullet.depth() + 1));
                    run(paragraph, (bullet.depth() == 0 ? "- " : "+ ") + bullet.text(), false, false);
                } else if (block instanceof ReportBlock.Placeholder placeholder) {
                    run(paragraph(document, ParagraphAlignment.LEFT),
                            placeholder.text(), false, true);
                } else if (block instanceof ReportBlock.Table table) {
                    table(document, table);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(13);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    private static void table(XWPFDocument document, ReportBlock.Table table) {
        XWPFTable grid = document.createTable(table.rows().size() + 1, table.header().size());
        fill(grid.getRow(0), table.header(), true);
        for (int i = 0; i < table.rows().size(); i++) {
            fill(grid.getRow(i + 1), table.rows().get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            run(paragraph, cells.get(i), bold, false);
        }
    }
}
