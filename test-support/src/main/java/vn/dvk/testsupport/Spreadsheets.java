package vn.dvk.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Import files for tests, built as a spreadsheet program would leave them: a workbook of a few rows, a very large
 * one (written row by row, so that the test itself stays small), and a zip bomb — a small XLSX whose sheet inflates to
 * hundreds of megabytes.
 */
public final class Spreadsheets {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    private Spreadsheets() {
    }

    /** A workbook whose first sheet holds the headers and the rows; numbers and dates become such cells. */
    public static byte[] workbook(List<String> headers, List<List<Object>> rows) {
        return write(new XSSFWorkbook(), headers, rows.size(), rows::get);
    }

    /** A workbook of {@code count} data rows, written as a stream. */
    public static byte[] largeWorkbook(List<String> headers, int count, IntFunction<List<Object>> row) {
        return write(new SXSSFWorkbook(100), headers, count, row);
    }

    private static byte[] write(Workbook workbook, List<String> headers, int count, IntFunction<List<Object>> rowAt) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < count; r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rowAt.apply(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A workbook with the headers whose sheet, after its header row, holds {@code inflatedBytes} of blank space: a
     * file of a few hundred kilobytes that inflates to hundreds of megabytes. No row beyond the header, so that only a
     * reader's zip-bomb guard, not its row limit, can stop it.
     */
    public static byte[] zipBomb(List<String> headers, long inflatedBytes) {
        byte[] template = workbook(headers, List.of());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(SHEET)) {
                    inflatedSheet(headers, inflatedBytes, out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void inflatedSheet(List<String> headers, long inflatedBytes, OutputStream out)
            throws IOException {
        StringBuilder start = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\">");
        for (int c = 0; c < headers.size(); c++) {
            start.append("<c r=\"").append((char) ('A' + c)).append("1\" t=\"inlineStr\"><is><t>")
                    .append(headers.get(c)).append("</t></is></c>");
        }
        start.append("</row>");
        out.write(start.toString().getBytes(StandardCharsets.UTF_8));
        byte[] blanks = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        for (long written = 0; written < inflatedBytes; written += blanks.length) {
            out.write(blanks);
        }
        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }
}
