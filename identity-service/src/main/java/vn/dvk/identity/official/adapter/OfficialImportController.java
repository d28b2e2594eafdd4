package vn.dvk.identity.official.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dvk.contracts.catalog.CodeLabel;
import vn.dvk.identity.official.application.OfficialImport;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.sheet.Sheet;
import vn.dvk.platform.sheet.SheetReader;
import vn.dvk.platform.sheet.SheetTemplate;

/** Accounts for many officials from a spreadsheet: {@code /api/v1/officials:import} and its template. ADMIN only. */
@RestController
@Tag(name = "Cán bộ / Officials")
public class OfficialImportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OfficialImport officialImport;

    public OfficialImportController(OfficialImport officialImport) {
        this.officialImport = officialImport;
    }

    /** One created account and its generated password (shown this once). */
    public record ImportedAccount(String login, String unitCode, String generatedPassword) {
    }

    /** What an import stored. */
    public record ImportResult(int created, List<ImportedAccount> officials) {
    }

    @GetMapping("/api/v1/officials:import-template")
    @Operation(summary = "Tệp mẫu nhập tài khoản cán bộ / Import template (XLSX)")
    public ResponseEntity<byte[]> template() {
        Map<String, CodeLabel[]> codes = new LinkedHashMap<>();
        codes.put("Vai trò", Role.values());
        byte[] workbook = SheetTemplate.write("Tài khoản cán bộ", OfficialImport.COLUMNS, List.of("yenchau.vanthu",
                "Lò Văn Minh", "yenchau.vanthu@dvk.local", "124", "UNIT_CLERK, VIEWER", "Có"), "Danh mục mã", codes);
        return ResponseEntity.ok().contentType(XLSX).header("Content-Disposition", ContentDisposition.attachment()
                .filename("mau-tai-khoan-can-bo.xlsx").build().toString()).body(workbook);
    }

    @PostMapping(path = "/api/v1/officials:import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập nhiều tài khoản cán bộ / Bulk accounts from XLSX or CSV",
            description = "Trường 'file': XLSX hoặc CSV UTF-8 theo tệp mẫu; vai trò là mã hoặc nhãn, cách nhau bởi dấu"
                    + " phẩy. Kiểm tra tất cả các dòng trước; có lỗi → 422 với errors[{row, column, field, message}]"
                    + " và không lưu gì; hợp lệ → 201 và mật khẩu sinh cho từng tài khoản (chỉ hiện một lần).")
    public ResponseEntity<ImportResult> importFile(@RequestParam("file") MultipartFile file, Caller caller)
            throws IOException {
        if (file.isEmpty()) {
            throw Rejection.invalid("file", "tệp trống");
        }
        Sheet sheet;
        try (InputStream content = file.getInputStream()) {
            sheet = SheetReader.read(content, OfficialImport.COLUMNS, OfficialImport.MAX_ROWS);
        }
        List<OfficialImport.Imported> imported = officialImport.importRows(caller, sheet);
        return ResponseEntity.created(URI.create("/api/v1/officials")).body(new ImportResult(imported.size(),
                imported.stream().map(i -> new ImportedAccount(i.official().login(), i.official().unitCode(),
                        i.generatedPassword())).toList()));
    }
}
