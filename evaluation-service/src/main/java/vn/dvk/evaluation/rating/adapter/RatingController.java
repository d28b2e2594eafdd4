package vn.dvk.evaluation.rating.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dvk.contracts.catalog.CodeLabel;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.evaluation.rating.application.RatingService;
import vn.dvk.evaluation.rating.domain.InvalidRatingSheet;
import vn.dvk.evaluation.rating.domain.TaskRatingEntry;
import vn.dvk.evaluation.rating.domain.TitleEntry;
import vn.dvk.evaluation.rating.domain.YearlyRecordRules;
import vn.dvk.evaluation.shared.adapter.IgnoredActor;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.platform.sheet.InvalidSheet;
import vn.dvk.platform.sheet.Sheet;
import vn.dvk.platform.sheet.SheetColumns;
import vn.dvk.platform.sheet.SheetReader;
import vn.dvk.platform.sheet.SheetTemplate;

/**
 * Yearly task-completion ratings and titles: one at a time or imported from XLSX with Vietnamese headers (a template
 * of each to download), each with its versions. Who recorded them is the official of the access token; {@code recordedBy} in a body or a form is
 * ignored.
 */
@RestController
public class RatingController {

    public record RatingRequest(@NotNull RatedSubject subject, @NotBlank @Size(max = 50) String unitCode,
                                @Schema(description = "Họ tên người được xếp loại, tìm trong sổ người của đơn vị"
                                        + " (không phân biệt hoa thường, dấu, khoảng trắng)")
                                @Size(max = YearlyRecordRules.NAME_MAX) String personName,
                                @Schema(description = "Mã người trong sổ người; thay cho họ tên")
                                @Size(max = 100) String personId,
                                @Schema(description = "Ngày sinh, để phân biệt người trùng họ tên")
                                LocalDate dateOfBirth,
                                @NotNull @Min(2000) @Max(2100) Integer year,
                                @NotNull TaskRating rating,
                                @Schema(description = "Lý do đính chính: bắt buộc khi đã có xếp loại cùng đối tượng"
                                        + " và năm, cấm khi chưa có")
                                @Size(max = YearlyRecordRules.REASON_MAX) String correctionReason,
                                @Schema(description = IgnoredActor.DESCRIPTION, deprecated = true)
                                String recordedBy) {
    }

    public record TitleRequest(@NotNull Title title, @NotBlank @Size(max = 50) String unitCode,
                               @Schema(description = "Tên bản, tiểu khu, tổ chức đảng; với gia đình văn hóa là tên"
                                       + " hộ như sổ người ghi")
                               @NotBlank @Size(max = YearlyRecordRules.NAME_MAX) String holderName,
                               @NotNull @Min(2000) @Max(2100) Integer year,
                               @Schema(description = "Lý do đính chính: bắt buộc khi đã có danh hiệu này, cấm khi"
                                       + " chưa có")
                               @Size(max = YearlyRecordRules.REASON_MAX) String correctionReason,
                               @Schema(description = IgnoredActor.DESCRIPTION, deprecated = true)
                               String recordedBy) {
    }

    /** What an import recorded. */
    public record Imported<T>(int imported, List<T> items) {
    }

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RatingService ratings;

    public RatingController(RatingService ratings) {
        this.ratings = ratings;
    }

    @PostMapping("/api/v1/task-ratings")
    @ResponseStatus(HttpStatus.CREATED)
    public TaskRatingEntry rate(@Valid @RequestBody RatingRequest request, Caller caller) {
        return ratings.record(new RatingService.RecordRating(request.subject(), request.unitCode(),
                request.personName(), request.personId(), request.dateOfBirth(), request.year(), request.rating(),
                request.correctionReason(), caller.signature()));
    }

    @GetMapping("/api/v1/task-ratings/{id}/history")
    public List<TaskRatingEntry> ratingHistory(@PathVariable String id) {
        return ratings.ratingHistory(id);
    }

    @GetMapping("/api/v1/task-ratings")
    public List<TaskRatingEntry> ratings(@RequestedUnit UnitSelection unit,
                                         @RequestParam(required = false) Integer year) {
        return ratings.ratings(unit.path(), year);
    }

    @PostMapping(path = "/api/v1/task-ratings:import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Imported<TaskRatingEntry> importRatings(@RequestParam("file") MultipartFile file, Caller caller) {
        List<TaskRatingEntry> imported = ratings.importRatings(sheet(file, RatingService.RATING_COLUMNS),
                caller.signature());
        return new Imported<>(imported.size(), imported);
    }

    @PostMapping("/api/v1/titles")
    @ResponseStatus(HttpStatus.CREATED)
    public TitleEntry title(@Valid @RequestBody TitleRequest request, Caller caller) {
        return ratings.record(new RatingService.RecordTitle(request.title(), request.unitCode(),
                request.holderName(), request.year(), request.correctionReason(), caller.signature()));
    }

    @GetMapping("/api/v1/titles/{id}/history")
    public List<TitleEntry> titleHistory(@PathVariable String id) {
        return ratings.titleHistory(id);
    }

    @GetMapping("/api/v1/titles")
    public List<TitleEntry> titles(@RequestedUnit UnitSelection unit,
                                   @RequestParam(required = false) Integer year,
                                   @RequestParam(required = false) Title title) {
        return ratings.titles(unit.path(), year, title);
    }

    @PostMapping(path = "/api/v1/titles:import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Imported<TitleEntry> importTitles(@RequestParam("file") MultipartFile file, Caller caller) {
        List<TitleEntry> imported = ratings.importTitles(sheet(file, RatingService.TITLE_COLUMNS),
                caller.signature());
        return new Imported<>(imported.size(), imported);
    }

    @GetMapping("/api/v1/task-ratings:import-template")
    @Operation(summary = "Tệp mẫu nhập xếp loại / Task ratings import template (XLSX)")
    public ResponseEntity<byte[]> ratingsTemplate() {
        Map<String, CodeLabel[]> codes = new LinkedHashMap<>();
        codes.put("Đối tượng", RatedSubject.values());
        codes.put("Xếp loại", TaskRating.values());
        return template("mau-xep-loai.xlsx", SheetTemplate.write("Xếp loại", RatingService.RATING_COLUMNS,
                List.of(RatedSubject.INDIVIDUAL.label(), "04096", "Lò Văn Minh", "2022", TaskRating.GOOD.label(),
                        "15/01/1980", ""), "Danh mục mã", codes));
    }

    @GetMapping("/api/v1/titles:import-template")
    @Operation(summary = "Tệp mẫu nhập danh hiệu / Titles import template (XLSX)")
    public ResponseEntity<byte[]> titlesTemplate() {
        Map<String, CodeLabel[]> codes = new LinkedHashMap<>();
        codes.put("Danh hiệu", Title.values());
        return template("mau-danh-hieu.xlsx", SheetTemplate.write("Danh hiệu", RatingService.TITLE_COLUMNS,
                List.of(Title.CULTURAL_VILLAGE.label(), "04096", "Bản Nà Sành", "2022", ""), "Danh mục mã", codes));
    }

    private static ResponseEntity<byte[]> template(String filename, byte[] workbook) {
        return ResponseEntity.ok().contentType(XLSX)
                .header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
                .body(workbook);
    }

    private static Sheet sheet(MultipartFile file, SheetColumns columns) {
        if (file.isEmpty()) {
            throw Rejection.invalid("file", "tệp rỗng");
        }
        try (InputStream in = file.getInputStream()) {
            return SheetReader.readWorkbook(in, columns, RatingService.MAX_ROWS);
        } catch (InvalidSheet refused) {
            throw new InvalidRatingSheet(refused.issues());
        } catch (IOException e) {
            throw Rejection.invalid("file", "không đọc được tệp tải lên");
        }
    }
}
