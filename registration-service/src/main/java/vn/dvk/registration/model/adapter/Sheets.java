package vn.dvk.registration.model.adapter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dvk.contracts.catalog.CodeLabel;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.platform.domain.Rejection;

/** Reads the import file (XLSX or CSV, told apart by content) and writes the XLSX template. */
final class Sheets {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private Sheets() {
    }

    /** Headers of the first row and the data lines after it. */
    record Table(List<String> headers, List<Line> lines) {
    }

    /** A line that is not blank: its number as the spreadsheet shows it, and its cells by header. */
    record Line(int number, Map<String, Object> cells) {
    }

    static Table read(byte[] content) {
        if (content.length >= 4 && content[0] == ZIP[0] && content[1] == ZIP[1] && content[2] == ZIP[2]
                && content[3] == ZIP[3]) {
            return readXlsx(content);
        }
        return readCsv(content);
    }

    private static Table readCsv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = firstLine(text).chars().filter(c -> c == ';').count()
                > firstLine(text).chars().filter(c -> c == ',').count() ? ';' : ',';
        try (Reader reader = new StringReader(text)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get()
                    .parse(reader).getRecords();
            if (records.isEmpty()) {
                throw empty();
            }
            List<String> headers = records.get(0).toList().stream().map(String::strip).toList();
            List<Line> rows = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                Map<String, Object> cells = new LinkedHashMap<>();
                List<String> values = records.get(i).toList();
                for (int c = 0; c < headers.size() && c < values.size(); c++) {
                    cells.put(headers.get(c), values.get(c));
                }
                if (cells.values().stream().anyMatch(v -> !v.toString().isBlank())) {
                    rows.add(new Line((int) records.get(i).getRecordNumber(), cells));
                }
            }
            return new Table(headers, rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw unreadable();
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static Table readXlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw empty();
            }
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                Cell cell = headerRow.getCell(c);
                headers.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
            }
            List<Line> rows = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, Object> cells = new LinkedHashMap<>();
                boolean any = false;
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = row.getCell(c);
                    Object value = cell == null ? null : valueOf(cell, formatter);
                    any |= value != null && !value.toString().isBlank();
                    cells.put(headers.get(c), value);
                }
                if (any) {
                    rows.add(new Line(r + 1, cells));
                }
            }
            return new Table(headers, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof Rejection problem) {
                throw problem;
            }
            throw unreadable();
        }
    }

    private static Object valueOf(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        return formatter.formatCellValue(cell);
    }

    /** The template: the headers, one example row, and a second sheet listing the codes with their labels. */
    static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đăng ký mô hình");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            List<String> headers = new ArrayList<>(ImportColumns.COLUMNS.keySet());
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 20 * 256);
            }
            String[] example = {"2022", "04096", "Cấp cơ sở", "Phát triển kinh tế", "Cá nhân", "Mô hình",
                    "Mô hình trồng lê Tai nung", "bản Cồn Huôt 1, xã Lóng Phiêng",
                    "Chuyển đổi cây trồng trên đất dốc", "Hộ ông Nguyễn Hương Bông", "Nguyễn Hương Bông",
                    "01/01/2022", "31/12/2022", "", ""};
            Row row = sheet.createRow(1);
            for (int c = 0; c < example.length; c++) {
                row.createCell(c).setCellValue(example[c]);
            }
            Sheet codes = workbook.createSheet("Danh mục mã");
            int r = 0;
            r = listCodes(codes, r, "Cấp quản lý", ManagementLevel.values());
            r = listCodes(codes, r, "Lĩnh vực", Field.values());
            r = listCodes(codes, r, "Tập thể/Cá nhân", OwnerType.values());
            listCodes(codes, r, "Loại", ModelKind.values());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int listCodes(Sheet sheet, int start, String column, CodeLabel[] values) {
        int r = start;
        for (CodeLabel value : values) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column);
            row.createCell(1).setCellValue(value.name());
            row.createCell(2).setCellValue(value.label());
        }
        return r;
    }

    private static Rejection empty() {
        return Rejection.invalid("file", "tệp trống hoặc không có dòng tiêu đề");
    }

    private static Rejection unreadable() {
        return Rejection.invalid("file", "không đọc được tệp; hãy gửi tệp XLSX hoặc CSV (UTF-8) theo mẫu");
    }
}
