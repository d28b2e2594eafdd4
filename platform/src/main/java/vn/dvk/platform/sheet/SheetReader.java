package vn.dvk.platform.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.dvk.platform.domain.Rejection;

/**
 * Reads an uploaded import file: the first sheet of an XLSX workbook or a CSV file (UTF-8, comma or semicolon), told
 * apart by content. The first row that is not blank holds the headers, matched to the {@link SheetColumns}; blank rows
 * are skipped.
 * <p>
 * An upload is untrusted. A workbook is read as a stream of SAX events (POI's {@code XSSFReader} and
 * {@code XSSFSheetXMLHandler}), never as a workbook in memory; reading stops as soon as the file holds one row more
 * than the import takes, so a sheet of a million rows costs as much as one of the limit plus one. POI's zip-bomb
 * guards ({@link ZipSecureFile}: minimum inflate ratio, maximum entry size, maximum text size) are set here for the
 * JVM; a file they trip is refused like any unreadable file, with 400 naming {@code file}.
 * <p>
 * Needs Apache POI ({@code poi-ooxml}) and Commons CSV on the service's class path: the platform declares them
 * optional, so that only services that import spreadsheets carry them.
 */
public final class SheetReader {

    /** An entry that inflates to less than 1 % of itself is a bomb (POI's default, set here so that it is stated). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of an import file needs more: a sheet of the largest import is a few megabytes. */
    static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;
    /** The characters of all cells read; beyond it the file is refused as a bomb would be. */
    static final long MAX_TEXT_SIZE = 10_000_000;

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    }

    private SheetReader() {
    }

    /** An XLSX workbook or a CSV file; at most {@code maxRows} data rows. */
    public static Sheet read(InputStream content, SheetColumns columns, int maxRows) {
        return read(content, columns, maxRows, true);
    }

    /** An XLSX workbook only (anything else is unreadable); at most {@code maxRows} data rows. */
    public static Sheet readWorkbook(InputStream content, SheetColumns columns, int maxRows) {
        return read(content, columns, maxRows, false);
    }

    private static Sheet read(InputStream content, SheetColumns columns, int maxRows, boolean csvAccepted) {
        Path upload = null;
        try {
            upload = Files.createTempFile("dvk-import-", ".upload");
            Files.copy(content, upload, StandardCopyOption.REPLACE_EXISTING);
            Rows rows = new Rows(columns, maxRows);
            if (isZip(upload)) {
                readWorkbook(upload, rows, csvAccepted);
            } else if (csvAccepted) {
                readCsv(upload, rows);
            } else {
                throw unreadableWorkbook(false);
            }
            return rows.sheet();
        } catch (IOException e) {
            throw Rejection.invalid(InvalidSheet.FILE, "không đọc được tệp tải lên");
        } finally {
            deleteQuietly(upload);
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(ZIP.length);
            return start.length == ZIP.length && start[0] == ZIP[0] && start[1] == ZIP[1] && start[2] == ZIP[2]
                    && start[3] == ZIP[3];
        }
    }

    private static void readWorkbook(Path file, Rows rows, boolean csvAccepted) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw empty();
            }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new SheetEvents(rows), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Rejection refused) {
            throw refused;
        } catch (Exception unreadable) {
            // POI reports a bomb, a damaged archive and a file that is no workbook alike, with assorted exceptions.
            throw unreadableWorkbook(csvAccepted);
        }
    }

    private static void readCsv(Path file, Rows rows) {
        try (BufferedReader text = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            text.mark(1 << 16);
            String firstLine = text.readLine();
            if (firstLine == null) {
                throw empty();
            }
            text.reset();
            char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
            CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get().parse(text);
            for (CSVRecord record : parser) {
                Map<Integer, String> cells = new HashMap<>();
                for (int c = 0; c < record.size(); c++) {
                    cells.put(c, record.get(c));
                }
                rows.add((int) record.getRecordNumber(), cells);
            }
        } catch (Rejection refused) {
            throw refused;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException unreadable) {
            throw Rejection.invalid(InvalidSheet.FILE, "không đọc được tệp CSV; hãy lưu tệp dạng CSV UTF-8 hoặc gửi"
                    + " tệp XLSX theo mẫu");
        }
    }

    private static long count(String line, char delimiter) {
        return line.chars().filter(c -> c == delimiter).count();
    }

    private static Rejection empty() {
        return Rejection.invalid(InvalidSheet.FILE, "tệp trống hoặc không có dòng tiêu đề");
    }

    private static Rejection unreadableWorkbook(boolean csvAccepted) {
        return Rejection.invalid(InvalidSheet.FILE, "tệp không hợp lệ hoặc bị nén bất thường; hãy gửi tệp "
                + (csvAccepted ? "XLSX hoặc CSV (UTF-8)" : "Excel (.xlsx)") + " theo mẫu");
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /**
     * Collects the rows of either format: the header row first, then each data row by field, stopping at the row that
     * exceeds the limit or at the text that exceeds the maximum text size.
     */
    private static final class Rows {

        private final SheetColumns columns;
        private final int maxRows;
        private final List<SheetRow> rows = new ArrayList<>();
        private final Map<Integer, String> fieldAt = new HashMap<>();
        private Map<String, String> fieldToHeader;
        private long characters;

        Rows(SheetColumns columns, int maxRows) {
            this.columns = columns;
            this.maxRows = maxRows;
        }

        /** One row of the file: its number as the spreadsheet shows it, its cells by column index. */
        void add(int number, Map<Integer, String> cellsByColumn) {
            Map<Integer, String> filled = new HashMap<>();
            cellsByColumn.forEach((column, value) -> {
                if (value != null && !value.isBlank()) {
                    filled.put(column, value.strip());
                    characters += value.length();
                }
            });
            if (characters > ZipSecureFile.getMaxTextSize()) {
                throw Rejection.invalid(InvalidSheet.FILE, "tệp không hợp lệ hoặc bị nén bất thường: các ô chứa hơn "
                        + ZipSecureFile.getMaxTextSize() + " ký tự");
            }
            if (filled.isEmpty()) {
                return;
            }
            if (fieldToHeader == null) {
                readHeaders(filled);
                return;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            filled.forEach((column, value) -> {
                String field = fieldAt.get(column);
                if (field != null) {
                    cells.put(field, value);
                }
            });
            if (cells.isEmpty()) {
                return;
            }
            if (rows.size() == maxRows) {
                throw InvalidSheet.tooManyRows(maxRows, number);
            }
            rows.add(new SheetRow(number, cells));
        }

        private void readHeaders(Map<Integer, String> filled) {
            int width = filled.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                headers.add(filled.getOrDefault(c, ""));
            }
            fieldToHeader = columns.match(headers);
            for (int c = 0; c < width; c++) {
                for (Map.Entry<String, String> column : fieldToHeader.entrySet()) {
                    if (column.getValue().equals(headers.get(c)) && !fieldAt.containsValue(column.getKey())) {
                        fieldAt.put(c, column.getKey());
                    }
                }
            }
        }

        Sheet sheet() {
            if (fieldToHeader == null) {
                throw empty();
            }
            return new Sheet(fieldToHeader, rows);
        }
    }

    /** The cells of the sheet's rows as POI's SAX handler reports them, handed row by row to {@link Rows}. */
    private static final class SheetEvents implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Rows rows;
        private Map<Integer, String> cells = new HashMap<>();
        private int nextColumn;

        SheetEvents(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowIndex) {
            cells = new HashMap<>();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            cells.put(column, formattedValue);
            nextColumn = column + 1;
        }

        @Override
        public void endRow(int rowIndex) {
            rows.add(rowIndex + 1, cells);
        }
    }

    /**
     * Cells as the spreadsheet displays them, except dates, which read as {@code 2022-12-31} whatever their display
     * format; decimals read with a dot whatever the machine's locale.
     */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                return date.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
