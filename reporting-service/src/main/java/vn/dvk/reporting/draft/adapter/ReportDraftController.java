package vn.dvk.reporting.draft.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.platform.web.Versions;
import vn.dvk.reporting.document.adapter.ReportFiles;
import vn.dvk.reporting.draft.application.ReportDraftService;
import vn.dvk.reporting.draft.domain.DraftVersion;
import vn.dvk.reporting.draft.domain.ReportDraft;
import vn.dvk.reporting.draft.domain.ReportText;
import vn.dvk.reporting.draft.domain.Submission;
import vn.dvk.reporting.draft.domain.SubmissionOverview;
import vn.dvk.reporting.statistics.domain.ReportParameters;

/** A unit's report as a document it writes: drafts, versions, files, submission, and the subordinates' submissions. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Dự thảo báo cáo / Report drafts",
        description = "Dự thảo báo cáo năm và 6 tháng của đơn vị, các phiên bản, gửi lên cấp trên")
public class ReportDraftController {

    private static final int TEXT_MAX = 20_000;

    private final ReportDraftService drafts;
    private final ReportFiles files;

    public ReportDraftController(ReportDraftService drafts, ReportFiles files) {
        this.drafts = drafts;
        this.files = files;
    }

    /** Body of a new draft. */
    public record OpenRequest(@NotBlank @Size(max = 50) String unit,
                              @NotNull @Min(ReportParameters.FIRST_YEAR) @Max(ReportParameters.LAST_YEAR) Integer year,
                              @NotBlank @Size(max = 20) String kind) {
    }

    /** Body of an edit: the sections the official writes and the report's date (YYYY-MM-DD; blank keeps it). */
    public record EditRequest(@Size(max = 500) String recipient, @Size(max = TEXT_MAX) String directives,
                              @Size(max = TEXT_MAX) String documents, @Size(max = TEXT_MAX) String campaigns,
                              @Size(max = TEXT_MAX) String results, @Size(max = TEXT_MAX) String shortcomings,
                              @Size(max = TEXT_MAX) String causes, @Size(max = TEXT_MAX) String directions,
                              @Size(max = 20) String date) {
        ReportDraftService.EditedText toText() {
            return new ReportDraftService.EditedText(recipient, directives, documents, campaigns, results,
                    shortcomings, causes, directions, date);
        }
    }

    /** The written sections of a version. */
    public record TextResponse(String recipient, String directives, String documents, String campaigns,
                               String results, String shortcomings, String causes, String directions,
                               LocalDate date) {
        static TextResponse of(ReportText text) {
            return new TextResponse(text.recipient(), text.directives(), text.documents(), text.campaigns(),
                    text.results(), text.shortcomings(), text.causes(), text.directions(), text.reportDate());
        }
    }

    /** One version: its number, who saved it and when, and its text. */
    public record VersionResponse(int number, String savedBy, Instant savedAt, TextResponse text) {
        static VersionResponse of(DraftVersion version) {
            return new VersionResponse(version.number(), version.savedBy(), version.savedAt(),
                    TextResponse.of(version.text()));
        }
    }

    /** A submission: the version sent, frozen with its figures. */
    public record SubmissionResponse(int version, String submittedBy, Instant submittedAt, LocalDate deadline,
                                     boolean late, List<FigureResponse> figures) {
        static SubmissionResponse of(Submission submission) {
            return submission == null ? null : new SubmissionResponse(submission.version(), submission.submittedBy(),
                    submission.submittedAt(), submission.deadline(), submission.late(), submission.figures().stream()
                    .map(figure -> new FigureResponse(figure.key(), figure.label(), figure.value())).toList());
        }
    }

    public record FigureResponse(String key, String label, long value) {
    }

    /** A draft with its current version; {@code version} is the record's revision, the value of ETag/If-Match. */
    public record DraftResponse(String id, String unit, int year, String kind, String kindLabel, long version,
                                int currentVersion, String savedBy, Instant savedAt, TextResponse text,
                                SubmissionResponse submission) {
        static DraftResponse of(ReportDraft draft) {
            DraftVersion current = draft.current();
            return new DraftResponse(draft.id(), draft.unitCode(), draft.year(), draft.kind().name(),
                    draft.kind().label(), draft.revision(), current.number(), current.savedBy(), current.savedAt(),
                    TextResponse.of(current.text()), SubmissionResponse.of(draft.submission()));
        }
    }

    @PostMapping
    @Operation(summary = "Mở dự thảo báo cáo / Open a report draft",
            description = "Một dự thảo cho mỗi đơn vị, năm và loại (YEARLY, MID_YEAR); cán bộ đầu mối hoặc thành"
                    + " viên Ban Chỉ đạo của chính đơn vị. 409 khi đã có (nêu mã dự thảo), 422 đơn vị không có.")
    public ResponseEntity<DraftResponse> open(@Valid @RequestBody OpenRequest request, Caller caller) {
        ReportDraft draft = drafts.open(request.unit().strip(), request.year(), request.kind(), caller);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + draft.id()))
                .eTag(Versions.etag(draft.revision())).body(DraftResponse.of(draft));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem dự thảo báo cáo / Get a report draft")
    public ResponseEntity<DraftResponse> get(@PathVariable String id) {
        ReportDraft draft = drafts.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(draft.revision())).body(DraftResponse.of(draft));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa dự thảo báo cáo / Edit a report draft",
            description = "Bắt buộc If-Match: <version>. Mỗi lần lưu là một phiên bản mới; báo cáo đã gửi không sửa"
                    + " được (409).")
    public ResponseEntity<DraftResponse> edit(@PathVariable String id, @Valid @RequestBody EditRequest request,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Caller caller) {
        ReportDraft draft = drafts.edit(id, Versions.required(ifMatch), request.toText(), caller);
        return ResponseEntity.ok().eTag(Versions.etag(draft.revision())).body(DraftResponse.of(draft));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Các phiên bản của dự thảo / Versions of a draft")
    public List<VersionResponse> versions(@PathVariable String id) {
        return drafts.get(id).versions().stream().map(VersionResponse::of).toList();
    }

    @GetMapping("/{id}/document")
    @Operation(summary = "Tải báo cáo từ dự thảo / Download a draft as a document",
            description = "format=docx|pdf|xlsx; version: số phiên bản (mặc định bản hiện tại); annex=true: kèm phụ"
                    + " lục các báo cáo đơn vị trực thuộc đã gửi.")
    public ResponseEntity<byte[]> document(@PathVariable String id,
                                           @RequestParam(required = false) String format,
                                           @RequestParam(required = false) String version,
                                           @RequestParam(required = false) boolean annex) {
        String chosen = ReportFiles.format(format);
        return files.file(drafts.document(id, version, annex), chosen);
    }

    @PostMapping("/{id}:submit")
    @Operation(summary = "Gửi báo cáo lên cấp trên / Submit a report",
            description = "Thành viên Ban Chỉ đạo hoặc Chủ tịch của chính đơn vị; phiên bản hiện tại được giữ nguyên"
                    + " cùng số liệu của nó. 409 khi đã gửi.")
    public ResponseEntity<DraftResponse> submit(@PathVariable String id, Caller caller) {
        ReportDraft draft = drafts.submit(id, caller);
        return ResponseEntity.ok().eTag(Versions.etag(draft.revision())).body(DraftResponse.of(draft));
    }

    @GetMapping("/submissions")
    @Operation(summary = "Tình hình gửi báo cáo của đơn vị trực thuộc / Subordinates' submissions",
            description = "unit: đơn vị cấp trên; mỗi đơn vị trực thuộc: đã gửi (khi nào, ai, phiên bản), trễ hạn,"
                    + " chưa gửi; số liệu đã gửi đối chiếu với số liệu hiện tại.")
    public SubmissionOverview submissions(@RequestedUnit UnitSelection unit,
                                          @RequestParam(required = false) String year,
                                          @RequestParam(required = false) String kind) {
        return drafts.submissions(unit, year, kind);
    }
}
