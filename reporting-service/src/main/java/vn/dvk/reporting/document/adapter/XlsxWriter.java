package vn.dvk.reporting.document.adapter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.document.domain.ReportBlock;
import vn.dvk.reporting.document.domain.YearlyReport;

/** Renders a report as a workbook (Apache POI): the text in column A, tables as cells with numbers as numbers. */
@Component
public class XlsxWriter {

    public byte[] write(YearlyReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            Font italicFont = workbook.createFont();
            italicFont.setItalic(true);
            CellStyle italic = workbook.createCellStyle();
            italic.setFont(italicFont);
            int rowIndex = 0;
            for (ReportBlock block : report.blocks()) {
                if (block instanceof ReportBlock.Title title) {
                    text(sheet, rowIndex++, title.text(), bold);
                } else if (block instanceof ReportBlock.Centered centered) {
                    text(sheet, rowIndex++, centered.text(), null);
                } else if (block instanceof ReportBlock.Heading heading) {
                    text(sheet, rowIndex++, heading.text(), bold);
                } else if (block instanceof ReportBlock.Paragraph paragraph) {
                    text(sheet, rowIndex++, paragraph.text(), null);
                } else if (block instanceof ReportBlock.Bullet bullet) {
                    text(sheet, rowIndex++, (bullet.depth() == 0 ? "- " : "   + ") + bullet.text(), null);
                } else if (block instanceof ReportBlock.Placeholder placeholder) {
                    text(sheet, rowIndex++, placeholder.text(), italic);
                } else if (block instanceof ReportBlock.Table table) {
                    cells(sheet.createRow(rowIndex++), table.header(), bold);
                    for (List<String> row : table.rows()) {
                        cells(sheet.createRow(rowIndex++), row, null);
                    }
                }
            }
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(1, 32 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Sheet sheet, int rowIndex, String text, CellStyle style) {
        var cell = sheet.createRow(rowIndex).createCell(0);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void cells(Row row, List<String> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            var cell = row.createCell(i);
            String value = values.get(i);
            if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
                cell.setCellValue(Long.parseLong(value));
            } else {
                cell.setCellValue(value);
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
