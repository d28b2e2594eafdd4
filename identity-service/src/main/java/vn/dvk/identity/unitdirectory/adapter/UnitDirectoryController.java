package vn.dvk.identity.unitdirectory.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
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
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.identity.unitdirectory.application.DirectoryImport;
import vn.dvk.identity.unitdirectory.domain.DirectoryCheck;
import vn.dvk.identity.unitdirectory.domain.DirectoryVersion;
import vn.dvk.identity.unitdirectory.domain.DirectoryVersions;
import vn.dvk.identity.unitdirectory.domain.VersionSummary;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.sheet.Sheet;
import vn.dvk.platform.sheet.SheetReader;
import vn.dvk.platform.sheet.SheetTemplate;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.text.SearchText;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * The unit directory's administration (ADMIN): the directory in use with its counts per level and a searchable list,
 * the import history, the template, and the import of a CSV or XLSX file in the reference layout, checked first
 * ({@code dryRun=true}: the confirm step) and then published to every service.
 */
@RestController
@Tag(name = "Danh mục đơn vị / Unit directory")
public class UnitDirectoryController {

    static final String PATH = "/api/v1/admin/unit-directory";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DirectoryImport directoryImport;
    private final DirectoryVersions versions;
    private final CurrentUnitDirectory current;
    private final InstanceScope scope;

    public UnitDirectoryController(DirectoryImport directoryImport, DirectoryVersions versions,
                                   CurrentUnitDirectory current, InstanceScope scope) {
        this.directoryImport = directoryImport;
        this.versions = versions;
        this.current = current;
        this.scope = scope;
    }

    /** How many units of a level the directory holds. */
    public record LevelCount(UnitLevel level, String label, int count) {
    }

    /** The directory this service uses now, and the last published version (the same once applied). */
    public record CurrentDirectory(long version, String source, int unitCount, List<LevelCount> levels,
                                   VersionSummary latest) {
    }

    /** A unit as the list shows it, with its path. */
    public record UnitLine(String code, UnitLevel level, String levelLabel, String name, String fullName,
                           String parentCode, String path) {
    }

    public record UnitPage(List<UnitLine> items, int page, int size, long total) {
    }

    /** What an import did (or, checked only, would do); {@code version} is null for a check. */
    public record ImportResult(Long version, int unitCount, int fromFile, int added, int changed,
                               List<String> keptCodes) {
    }

    @GetMapping(PATH)
    @Operation(summary = "Danh mục đơn vị đang dùng / The unit directory in use, with counts per level")
    public CurrentDirectory current() {
        CurrentUnitDirectory.Loaded loaded = current.loaded();
        UnitDirectory directory = loaded.directory();
        Map<UnitLevel, Integer> counts = new LinkedHashMap<>();
        Arrays.stream(UnitLevel.values()).forEach(level -> counts.put(level, 0));
        all(directory).forEach(unit -> counts.merge(unit.level(), 1, Integer::sum));
        return new CurrentDirectory(loaded.version(), loaded.source(), directory.size(), counts.entrySet().stream()
                .map(count -> new LevelCount(count.getKey(), count.getKey().label(), count.getValue())).toList(),
                versions.latest().map(DirectoryVersion::summary).orElse(null));
    }

    @GetMapping(PATH + "/units")
    @Operation(summary = "Tìm đơn vị theo tên hoặc mã / Units by name or code (accent-insensitive), paged")
    public UnitPage units(@RequestParam(required = false) String q, @RequestParam(required = false) UnitLevel level,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw Rejection.invalid("page", "phải lớn hơn hoặc bằng 0");
        }
        if (size < 1 || size > 200) {
            throw Rejection.invalid("size", "phải từ 1 đến 200");
        }
        UnitDirectory directory = current.get();
        String folded = q == null || q.isBlank() ? null : SearchText.fold(q);
        List<AdministrativeUnit> found = all(directory).stream()
                .filter(unit -> level == null || unit.level() == level)
                .filter(unit -> folded == null || SearchText.fold(unit.fullName()).contains(folded)
                        || SearchText.fold(unit.name()).contains(folded) || unit.code().equalsIgnoreCase(q.strip()))
                .toList();
        List<UnitLine> items = found.stream().skip((long) page * size).limit(size)
                .map(unit -> new UnitLine(unit.code(), unit.level(), unit.level().label(), unit.name(),
                        unit.fullName(), unit.parentCode(), directory.pathOf(unit.code()).orElse("")))
                .toList();
        return new UnitPage(items, page, size, found.size());
    }

    @GetMapping(PATH + "/history")
    @Operation(summary = "Lịch sử nhập danh mục / Import history: who, when, how many units (newest first)")
    public List<VersionSummary> history() {
        return versions.history();
    }

    @GetMapping(PATH + "/template")
    @Operation(summary = "Tệp mẫu danh mục đơn vị / Template (XLSX, columns code,level,name,full_name,parent_code)")
    public ResponseEntity<byte[]> template() {
        Map<String, CodeLabel[]> codes = new LinkedHashMap<>();
        codes.put("level", UnitLevel.values());
        byte[] workbook = SheetTemplate.write("Danh mục đơn vị", DirectoryImport.COLUMNS,
                List.of("04199", "COMMUNE", "Tú Nang", "Xã Tú Nang", "124"), "Danh mục mã", codes);
        return ResponseEntity.ok().contentType(XLSX).header("Content-Disposition", ContentDisposition.attachment()
                .filename("mau-danh-muc-don-vi.xlsx").build().toString()).body(workbook);
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập danh mục đơn vị / Import the unit directory from CSV or XLSX",
            description = "Trường 'file': CSV UTF-8 hoặc XLSX với các cột code,level,name,full_name,parent_code."
                    + " Kiểm tra tất cả các dòng trước; có lỗi → 422 với errors[{row, column, field, message}] và"
                    + " danh mục không đổi. dryRun=true chỉ kiểm tra (bước xác nhận, 200); nếu không → 201, phiên"
                    + " bản mới được lưu và gửi tới mọi dịch vụ. Đơn vị đang có mà tệp không liệt kê được giữ lại."
                    + " Chỉ quản trị viên của đơn vị gốc của phiên bản (hoặc cấp trên) được nhập.")
    public ResponseEntity<ImportResult> importFile(@RequestParam("file") MultipartFile file,
                                                   @RequestParam(defaultValue = "false") boolean dryRun,
                                                   Caller caller) throws IOException {
        scope.requireWholeInstance();
        if (file.isEmpty()) {
            throw Rejection.invalid("file", "tệp trống");
        }
        Sheet sheet;
        try (InputStream content = file.getInputStream()) {
            sheet = SheetReader.read(content, DirectoryImport.COLUMNS, DirectoryImport.MAX_ROWS);
        }
        if (dryRun) {
            DirectoryCheck.Outcome outcome = directoryImport.preview(sheet);
            return ResponseEntity.ok(new ImportResult(null, outcome.units().size(), outcome.fromFile(),
                    outcome.added(), outcome.changed(), codes(outcome.kept())));
        }
        DirectoryVersion version = directoryImport.importSheet(caller, sheet, file.getOriginalFilename());
        return ResponseEntity.created(URI.create(PATH)).body(new ImportResult(version.number(),
                version.units().size(), version.fromFile(), version.added(), version.changed(),
                codes(version.units().subList(version.fromFile(), version.units().size()))));
    }

    private static List<String> codes(List<AdministrativeUnit> units) {
        return units.stream().map(AdministrativeUnit::code).toList();
    }

    /** Every unit, provinces first, each followed by what lies below it. */
    private static List<AdministrativeUnit> all(UnitDirectory directory) {
        return directory.descendantsOf(UnitDirectory.NATIONAL);
    }
}
