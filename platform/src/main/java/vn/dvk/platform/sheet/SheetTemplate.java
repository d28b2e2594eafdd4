package vn.dvk.platform.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvk.contracts.catalog.CodeLabel;

/**
 * A downloadable import template: a sheet with the headers in bold and one example row, and a second sheet listing
 * the codes each code column accepts, with their labels.
 */
public final class SheetTemplate {

    private SheetTemplate() {
    }

    /**
     * @param codes column header → the codes it accepts, listed in this order on the codes sheet
     */
    public static byte[] write(String sheetName, SheetColumns columns, List<String> example, String codesSheetName,
                               Map<String, CodeLabel[]> codes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            List<String> headers = columns.headers();
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 20 * 256);
            }
            Row row = sheet.createRow(1);
            for (int c = 0; c < example.size(); c++) {
                row.createCell(c).setCellValue(example.get(c));
            }
            Sheet codeSheet = workbook.createSheet(codesSheetName);
            int r = 0;
            for (Map.Entry<String, CodeLabel[]> column : codes.entrySet()) {
                for (CodeLabel value : column.getValue()) {
                    Row line = codeSheet.createRow(r++);
                    line.createCell(0).setCellValue(column.getKey());
                    line.createCell(1).setCellValue(value.name());
                    line.createCell(2).setCellValue(value.label());
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
