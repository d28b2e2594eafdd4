package vn.dvk.registration.model.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.sheet.SheetReader;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.registration.model.application.ModelImport;
import vn.dvk.registration.model.domain.Model;

/** Bulk registration from a spreadsheet: {@code /api/v1/models:import} and its template. */
@RestController
@Tag(name = "Mô hình / Models")
public class ModelImportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ModelImport modelImport;
    private final CurrentUnitDirectory units;

    public ModelImportController(ModelImport modelImport, CurrentUnitDirectory units) {
        this.modelImport = modelImport;
        this.units = units;
    }

    /** What an import stored. */
    public record ImportResult(int created, List<String> ids) {
    }

    @GetMapping("/api/v1/models:import-template")
    @Operation(summary = "Tệp mẫu nhập mô hình / Import template (XLSX)")
    public ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(XLSX)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("mau-dang-ky-mo-hinh.xlsx").build().toString())
                .body(ImportColumns.template());
    }

    @PostMapping(path = "/api/v1/models:import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập nhiều mô hình / Bulk registration from XLSX or CSV",
            description = "Trường 'file': XLSX hoặc CSV UTF-8 theo tệp mẫu; mã hoặc nhãn tiếng Việt trong các cột mã."
                    + " Kiểm tra tất cả các dòng trước; có lỗi → 422 với errors[{row, column, field, message}] và"
                    + " không lưu gì; hợp lệ → 201 và mỗi mô hình một sự kiện registered.")
    public ResponseEntity<ImportResult> importFile(@RequestParam("file") MultipartFile file,
            Caller caller) throws IOException {
        if (file.isEmpty()) {
            throw Rejection.invalid("file", "tệp trống");
        }
        ModelImport.Sheet sheet;
        try (InputStream content = file.getInputStream()) {
            sheet = ImportColumns.read(SheetReader.read(content, ImportColumns.COLUMNS, ModelImport.MAX_ROWS), units.get());
        }
        List<Model> created = modelImport.importSheet(sheet, caller.signature());
        return ResponseEntity.created(URI.create("/api/v1/models?year=" + created.get(0).details().year()))
                .body(new ImportResult(created.size(), created.stream().map(Model::id).toList()));
    }
}
