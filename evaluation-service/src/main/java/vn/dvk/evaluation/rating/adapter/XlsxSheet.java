package vn.dvk.evaluation.rating.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvk.evaluation.rating.domain.SheetImport;
import vn.dvk.platform.domain.Rejection;

/** The first sheet of an XLSX file: headers in the first row, one record per following non-blank row. */
public final class XlsxSheet {

    private XlsxSheet() {
    }

    public static List<SheetImport.Row> read(InputStream in, List<String> requiredHeaders) {
        List<SheetImport.Row> rows = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw Rejection.invalid("file", "tệp không có trang tính nào");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw Rejection.invalid("file", "tệp không có dòng tiêu đề");
            }
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                Cell cell = headerRow.getCell(c);
                headers.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
            }
            SheetImport.requireHeaders(headers, requiredHeaders);
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean blank = true;
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = row.getCell(c);
                    String value = cell == null ? "" : formatter.formatCellValue(cell).strip();
                    blank &= value.isEmpty();
                    cells.put(headers.get(c), value);
                }
                if (!blank) {
                    rows.add(new SheetImport.Row(r + 1, cells));
                }
            }
        } catch (Rejection e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI fails with assorted runtime exceptions on a file that is not a workbook
            throw Rejection.invalid("file", "không phải tệp Excel (.xlsx) đọc được");
        }
        if (rows.isEmpty()) {
            throw Rejection.invalid("file", "tệp không có dòng dữ liệu nào");
        }
        return rows;
    }
}
