package vn.dvk.reporting.document.adapter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.reporting.document.domain.YearlyReport;
import vn.dvk.reporting.document.domain.YearlyReportComposer;
import vn.dvk.reporting.statistics.domain.ModelStatistics;

/**
 * Renders a report's figures as a workbook that works as one (Apache POI): the statistics of §2.4 with level and field
 * on every row, counts as numbers and every total a formula, and the list of every model (the seed's annex); both
 * sheets print on A4, fitted to the page width, their title and header rows repeated on every page.
 */
@Component
public class XlsxWriter {

    private static final String[] STATISTICS_HEADER = {"Cấp", "Lĩnh vực", "Tổng số", "Tập thể", "Cá nhân"};
    private static final String[] LIST_HEADER = {"STT", "Đơn vị", "Tên mô hình", "Cấp quản lý", "Lĩnh vực",
        "Tập thể/Cá nhân", "Trạng thái", "Chủ mô hình"};

    public byte[] write(YearlyReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            statistics(workbook.createSheet("Thống kê"), report, styles);
            models(workbook.createSheet("Danh sách mô hình"), report, styles);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void statistics(Sheet sheet, YearlyReport report, Styles styles) {
        ModelStatistics statistics = report.statistics();
        title(sheet, 0, "BÁO CÁO", styles.title, STATISTICS_HEADER.length);
        title(sheet, 1, report.title(), styles.wrapped, STATISTICS_HEADER.length);
        sheet.getRow(1).setHeightInPoints(60);
        title(sheet, 2, "Thống kê mô hình \"Dân vận khéo\" theo cấp và lĩnh vực", styles.title,
                STATISTICS_HEADER.length);
        int headerRow = 4;
        header(sheet.createRow(headerRow), STATISTICS_HEADER, styles.header);
        int rowIndex = headerRow + 1;
        List<Integer> subtotalRows = new ArrayList<>();
        for (ManagementLevel level : ManagementLevel.values()) {
            ModelStatistics.LevelBreakdown breakdown = statistics.byLevel().get(level.name());
            int first = rowIndex;
            for (Field field : Field.values()) {
                ModelStatistics.Breakdown figures = breakdown.byField().get(field.name());
                Row row = sheet.createRow(rowIndex);
                text(row, 0, level.label(), styles.cell);
                text(row, 1, field.label(), styles.cell);
                formula(row, 2, ref(3, rowIndex) + "+" + ref(4, rowIndex), styles.number);
                number(row, 3, figures.collective(), styles.number);
                number(row, 4, figures.individual(), styles.number);
                rowIndex++;
            }
            Row subtotal = sheet.createRow(rowIndex);
            text(subtotal, 0, level.label(), styles.bold);
            text(subtotal, 1, "Cộng " + level.label().toLowerCase(Locale.forLanguageTag("vi")), styles.bold);
            for (int column = 2; column <= 4; column++) {
                formula(subtotal, column, "SUM(" + ref(column, first) + ":" + ref(column, rowIndex - 1) + ")",
                        styles.boldNumber);
            }
            subtotalRows.add(rowIndex);
            rowIndex++;
        }
        Row total = sheet.createRow(rowIndex++);
        text(total, 0, "Tổng cộng", styles.bold);
        text(total, 1, "Tất cả lĩnh vực", styles.bold);
        for (int column = 2; column <= 4; column++) {
            int col = column;
            formula(total, column, "SUM(" + String.join(",", subtotalRows.stream().map(r -> ref(col, r)).toList())
                    + ")", styles.boldNumber);
        }
        rowIndex++;
        text(sheet.createRow(rowIndex++), 0, "Tổng số mô hình \"Dân vận khéo\": " + statistics.total()
                + " mô hình (tập thể " + statistics.collective() + " mô hình, cá nhân " + statistics.individual()
                + " mô hình), cụ thể:", null);
        for (ManagementLevel level : ManagementLevel.values()) {
            ModelStatistics.LevelBreakdown breakdown = statistics.byLevel().get(level.name());
            text(sheet.createRow(rowIndex++), 0, "- " + level.label() + " " + YearlyReportComposer.parts(
                    breakdown.total(), breakdown.collective(), breakdown.individual()), null);
        }
        int[] widths = {18, 34, 12, 12, 12};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        print(sheet, headerRow, false);
    }

    private static void models(Sheet sheet, YearlyReport report, Styles styles) {
        title(sheet, 0, "DANH SÁCH MÔ HÌNH \"DÂN VẬN KHÉO\" NĂM " + report.statistics().year(), styles.title,
                LIST_HEADER.length);
        int headerRow = 2;
        header(sheet.createRow(headerRow), LIST_HEADER, styles.header);
        int rowIndex = headerRow + 1;
        int ordinal = 1;
        for (YearlyReport.ModelListing model : report.models()) {
            Row row = sheet.createRow(rowIndex++);
            number(row, 0, ordinal++, styles.number);
            text(row, 1, model.unitName(), styles.cell);
            text(row, 2, model.name(), styles.cell);
            text(row, 3, model.level(), styles.cell);
            text(row, 4, model.field(), styles.cell);
            text(row, 5, model.ownerType(), styles.cell);
            text(row, 6, model.status(), styles.cell);
            text(row, 7, model.ownerName(), styles.cell);
        }
        int[] widths = {6, 28, 48, 14, 26, 14, 18, 30};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        print(sheet, headerRow, true);
    }

    /** A4, as wide as the page and as many pages long as it takes, rows 1 to the header repeated on every page. */
    private static void print(Sheet sheet, int headerRow, boolean landscape) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
        sheet.setMargin(Sheet.TopMargin, 20 / 25.4);
        sheet.setMargin(Sheet.BottomMargin, 20 / 25.4);
        sheet.setMargin(Sheet.LeftMargin, 30 / 25.4);
        sheet.setMargin(Sheet.RightMargin, 15 / 25.4);
    }

    private static String ref(int column, int row) {
        return new CellReference(row, column).formatAsString();
    }

    private static void title(Sheet sheet, int rowIndex, String text, CellStyle style, int columns) {
        text(sheet.createRow(rowIndex), 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
    }

    private static void header(Row row, String[] header, CellStyle style) {
        for (int i = 0; i < header.length; i++) {
            text(row, i, header[i], style);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void formula(Row row, int column, String formula, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }

    /** The cell styles of both sheets, in Times New Roman as the documents are. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle wrapped;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle number;
        final CellStyle bold;
        final CellStyle boldNumber;

        Styles(XSSFWorkbook workbook) {
            Font regular = font(workbook, false);
            Font boldFont = font(workbook, true);
            title = workbook.createCellStyle();
            title.setFont(boldFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            wrapped = workbook.createCellStyle();
            wrapped.setFont(boldFont);
            wrapped.setWrapText(true);
            wrapped.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(workbook, boldFont);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            cell = bordered(workbook, regular);
            cell.setWrapText(true);
            number = bordered(workbook, regular);
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            bold = bordered(workbook, boldFont);
            boldNumber = bordered(workbook, boldFont);
            boldNumber.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        }

        private static Font font(XSSFWorkbook workbook, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName(DocxWriter.FONT);
            font.setFontHeightInPoints((short) 12);
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
