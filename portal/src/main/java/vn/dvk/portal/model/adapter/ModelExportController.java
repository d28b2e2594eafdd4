package vn.dvk.portal.model.adapter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dvk.portal.model.domain.Model;
import vn.dvk.portal.model.domain.ModelQuery;
import vn.dvk.portal.model.domain.ModelRegistry;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.portal.shared.adapter.Formats;
import vn.dvk.portal.shared.domain.ResultPage;

/**
 * The list as a file (CSV for any tool, XLSX for Excel), with the same filters as the page and the labels the page
 * shows. The rows are read page by page from registration-service with the official's token, so the file holds
 * exactly what the official may see.
 */
@Controller
class ModelExportController {

    /** A list longer than this is cut; the file says so in its last line. */
    static final int MAX_ROWS = 10_000;
    private static final int PAGE = 200;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ModelRegistry models;
    private final Formats fmt;

    ModelExportController(ModelRegistry models, Formats fmt) {
        this.models = models;
        this.fmt = fmt;
    }

    private List<Function<Model, String>> columns() {
        return List.of(Model::name, Model::unitCode, model -> Integer.toString(model.year()),
                model -> fmt.label("level", model.level()), model -> fmt.label("field", model.field()),
                model -> fmt.label("ownerType", model.ownerType()), model -> fmt.label("kind", model.kind()),
                model -> fmt.label("status", model.status()), Model::ownerName, Model::personInCharge,
                Model::address, model -> fmt.date(model.startDate()), model -> fmt.date(model.endDate()));
    }

    private static final List<String> HEADERS = List.of("Tên mô hình", "Đơn vị", "Năm", "Cấp quản lý", "Lĩnh vực",
            "Tập thể/Cá nhân", "Loại", "Trạng thái", "Chủ mô hình", "Người phụ trách", "Địa chỉ", "Từ ngày",
            "Đến ngày");

    @GetMapping("/models/export.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute("official") Official official, ModelFilter filter) {
        Listing listing = read(official, filter);
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, HEADERS);
        List<Function<Model, String>> columns = columns();
        for (Model model : listing.models()) {
            line(out, columns.stream().map(column -> column.apply(model)).toList());
        }
        if (listing.cut()) {
            line(out, List.of(cutNote(listing)));
        }
        return file(out.toString().getBytes(StandardCharsets.UTF_8), CSV, "danh-sach-mo-hinh.csv");
    }

    @GetMapping("/models/export.xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute("official") Official official, ModelFilter filter)
            throws IOException {
        Listing listing = read(official, filter);
        List<Function<Model, String>> columns = columns();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Mô hình");
            write(sheet.createRow(0), HEADERS);
            int index = 1;
            for (Model model : listing.models()) {
                Row row = sheet.createRow(index++);
                write(row, columns.stream().map(column -> column.apply(model)).toList());
                row.getCell(2).setCellValue(model.year());
            }
            if (listing.cut()) {
                write(sheet.createRow(index), List.of(cutNote(listing)));
            }
            workbook.write(out);
            return file(out.toByteArray(), XLSX, "danh-sach-mo-hinh.xlsx");
        }
    }

    private record Listing(List<Model> models, long total) {

        boolean cut() {
            return total > models.size();
        }
    }

    private Listing read(Official official, ModelFilter filter) {
        String unit = filter.unitOr(official.unitCode());
        List<Model> rows = new ArrayList<>();
        ModelQuery first = filter.toQuery(unit, PAGE).withPage(0, PAGE);
        ResultPage<Model> page = models.find(first);
        rows.addAll(page.items());
        while (page.hasNext() && rows.size() < MAX_ROWS) {
            page = models.find(first.withPage(page.page() + 1, PAGE));
            rows.addAll(page.items());
        }
        return new Listing(rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows, page.total());
    }

    private String cutNote(Listing listing) {
        return "Danh sách chỉ gồm " + fmt.number(listing.models().size()) + " trên " + fmt.number(listing.total())
                + " mô hình; hãy lọc hẹp hơn để tải phần còn lại.";
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
        }
    }

    private static void line(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = values.get(i) == null ? "" : values.get(i);
            // A leading = + - @ would run as a formula when the file is opened in a spreadsheet.
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
                value = "'" + value;
            }
            out.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
