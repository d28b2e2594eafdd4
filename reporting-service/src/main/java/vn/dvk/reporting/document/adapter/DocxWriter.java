package vn.dvk.reporting.document.adapter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.document.domain.ReportBlock;
import vn.dvk.reporting.document.domain.YearlyReport;

/**
 * Renders a report as a Word document (Apache POI) in the format of Decree 30/2020/NĐ-CP: A4, margins top and bottom
 * 20 mm, left 30 mm, right 15 mm, Times New Roman 13 pt, the header and the closing as borderless two-column tables,
 * tables with borders whose header row repeats on every page, the page number centred at the top from page 2 on.
 */
@Component
public class DocxWriter {

    static final String FONT = "Times New Roman";
    private static final int SIZE = 13;
    private static final int TWIPS_PER_MM_TIMES_10 = 567;
    private static final int TEXT_WIDTH = twips(165);
    private static final int LEFT_COLUMN = twips(65);

    public byte[] write(YearlyReport report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(report.title());
            page(document);
            for (ReportBlock block : report.blocks()) {
                if (block instanceof ReportBlock.Letterhead letterhead) {
                    columns(document, letterhead.left(), letterhead.right(), false);
                } else if (block instanceof ReportBlock.Closing closing) {
                    columns(document, closing.left(), closing.right(), true);
                } else if (block instanceof ReportBlock.Title title) {
                    run(paragraph(document, ParagraphAlignment.CENTER), title.text(), true, false, SIZE);
                } else if (block instanceof ReportBlock.Centered centered) {
                    run(paragraph(document, ParagraphAlignment.CENTER), centered.text(), false, false, SIZE);
                } else if (block instanceof ReportBlock.Heading heading) {
                    run(paragraph(document, ParagraphAlignment.BOTH), heading.text(), true, false, SIZE);
                } else if (block instanceof ReportBlock.Paragraph paragraph) {
                    run(paragraph(document, ParagraphAlignment.BOTH), paragraph.text(), false, false, SIZE);
                } else if (block instanceof ReportBlock.Bullet bullet) {
                    XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH);
                    paragraph.setIndentationLeft(360 * (bullet.depth() + 1));
                    run(paragraph, (bullet.depth() == 0 ? "- " : "+ ") + bullet.text(), false, false, SIZE);
                } else if (block instanceof ReportBlock.Placeholder placeholder) {
                    run(paragraph(document, ParagraphAlignment.BOTH), placeholder.text(), false, true, SIZE);
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

    private static int twips(int millimetres) {
        return millimetres * TWIPS_PER_MM_TIMES_10 / 10;
    }

    /** A4 with the decree's margins, and the page number in the header of every page but the first. */
    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(20)));
        margins.setBottom(BigInteger.valueOf(twips(20)));
        margins.setLeft(BigInteger.valueOf(twips(30)));
        margins.setRight(BigInteger.valueOf(twips(15)));
        margins.setHeader(BigInteger.valueOf(twips(10)));
        margins.setFooter(BigInteger.valueOf(twips(10)));
        margins.setGutter(BigInteger.ZERO);
        document.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = header.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = number.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(SIZE);
        number.getCTP().addNewFldSimple().setInstr("PAGE");
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(120);
        return paragraph;
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int points) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    /** Two borderless columns; list lines (the closing's left column) are left-aligned, everything else centred. */
    private static void columns(XWPFDocument document, List<ReportBlock.Line> left, List<ReportBlock.Line> right,
                                boolean leftIsList) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(TEXT_WIDTH));
        XWPFTableRow row = table.getRow(0);
        fillColumn(row.getCell(0), LEFT_COLUMN, left, leftIsList);
        fillColumn(row.getCell(1), TEXT_WIDTH - LEFT_COLUMN, right, false);
        paragraph(document, ParagraphAlignment.LEFT);
    }

    private static void fillColumn(XWPFTableCell cell, int width, List<ReportBlock.Line> lines, boolean list) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(Integer.toString(width));
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.setAlignment(list ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            ReportBlock.Line line = lines.get(i);
            ReportBlock.Emphasis emphasis = line.emphasis();
            run(paragraph, line.text(), emphasis == ReportBlock.Emphasis.BOLD
                    || emphasis == ReportBlock.Emphasis.BOLD_ITALIC, emphasis == ReportBlock.Emphasis.ITALIC
                    || emphasis == ReportBlock.Emphasis.BOLD_ITALIC, line.points());
        }
    }

    private static void table(XWPFDocument document, ReportBlock.Table table) {
        XWPFTable grid = document.createTable(table.rows().size() + 1, table.header().size());
        grid.setWidthType(TableWidthType.DXA);
        grid.setWidth(Integer.toString(TEXT_WIDTH));
        fill(grid.getRow(0), table.header(), true);
        grid.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < table.rows().size(); i++) {
            fill(grid.getRow(i + 1), table.rows().get(i), false);
            grid.getRow(i + 1).setCantSplitRow(true);
        }
        paragraph(document, ParagraphAlignment.LEFT);
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            paragraph.setAlignment(i >= 2 && !bold ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            run(paragraph, cells.get(i), bold, false, SIZE);
        }
    }
}
