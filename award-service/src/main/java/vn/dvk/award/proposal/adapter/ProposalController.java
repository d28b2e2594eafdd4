package vn.dvk.award.proposal.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dvk.award.catalogue.domain.AwardCatalogue;
import vn.dvk.award.catalogue.domain.CouncilRule;
import vn.dvk.award.eligibility.domain.EligibilitySheet;
import vn.dvk.award.proposal.application.ProposalCommands;
import vn.dvk.award.proposal.application.ProposalService;
import vn.dvk.award.proposal.domain.Proposal;
import vn.dvk.award.proposal.domain.ProposalPage;
import vn.dvk.award.proposal.domain.ProposalQuery;
import vn.dvk.award.proposal.domain.ProposalStatus;
import vn.dvk.award.proposal.domain.Step;
import vn.dvk.award.shared.adapter.Pages;
import vn.dvk.contracts.catalog.DossierDocumentKind;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.platform.web.Versions;

/** Award proposals, from the unit's dossier to the chairman's decision: {@code /api/v1/proposals}. */
@RestController
@RequestMapping("/api/v1/proposals")
@Tag(name = "Đề nghị khen thưởng / Proposals", description = "Hồ sơ, công khai, tiêu chuẩn, bỏ phiếu, quyết định")
public class ProposalController {

    private final ProposalService proposals;
    private final AwardCatalogue catalogue;

    public ProposalController(ProposalService proposals, AwardCatalogue catalogue) {
        this.proposals = proposals;
        this.catalogue = catalogue;
    }

    /** One page of proposals. */
    public record PageResponse(List<ProposalResponse> items, int page, int size, long total) {
    }

    @PostMapping
    @Operation(summary = "Lập đề nghị khen thưởng / Create a proposal",
            description = "Đơn vị đề nghị tập thể (đơn vị, hoặc bản thuộc xã), cá nhân, hộ gia đình (người trong sổ"
                    + " người) thuộc đơn vị mình cho một hình thức và một dịp của phong trào; đề nghị được gửi lên"
                    + " Hội đồng của cấp ban hành hình thức. 400 dữ liệu sai, 403 ngoài phạm vi, 422 phong trào,"
                    + " hình thức, người không có hoặc không phù hợp.")
    public ResponseEntity<ProposalResponse> create(@Valid @RequestBody ProposalRequests.CreateRequest request,
                                                   Caller caller) {
        Proposal proposal = proposals.create(request.toCommand(), caller);
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + proposal.id()))
                .eTag(Versions.etag(proposal.version())).body(response(proposal, List.of()));
    }

    @GetMapping
    @Operation(summary = "Danh sách đề nghị / List proposals",
            description = "unit: đơn vị đề nghị và cấp dưới (mặc định: đơn vị của người gọi).")
    public PageResponse list(@RequestedUnit UnitSelection unit,
                             @RequestParam(required = false) ProposalStatus status,
                             @RequestParam(required = false) String campaignId,
                             @RequestParam(required = false) String issuingUnitCode,
                             @RequestParam(required = false) Integer year,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        Pages.check(page, size, null);
        ProposalPage result = proposals.list(new ProposalQuery(unit.path(), status, blankToNull(campaignId),
                blankToNull(issuingUnitCode), year, page, size));
        return new PageResponse(result.items().stream().map(p -> response(p, List.of())).toList(), result.page(),
                result.size(), result.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem đề nghị / Get a proposal")
    public ResponseEntity<ProposalResponse> get(@PathVariable String id) {
        return ok(proposals.get(id), List.of());
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Lịch sử đề nghị / Proposal history")
    public List<Step> history(@PathVariable String id) {
        return proposals.get(id).history();
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Tải lên tài liệu hồ sơ / Upload a dossier document",
            description = "Phần 'file' (PDF, DOCX, XLSX – nhận diện theo nội dung) và 'kind' (PROPOSAL_LETTER,"
                    + " COUNCIL_MINUTES, ACHIEVEMENT_REPORT). Tệp rỗng, quá lớn hoặc sai loại → 400 nêu trường"
                    + " 'file', không lưu gì. Tài liệu cùng loại được thay thế.")
    public ResponseEntity<ProposalResponse> upload(@PathVariable String id,
                                                   @RequestParam(required = false) String kind,
                                                   @RequestPart(name = "file", required = false) MultipartFile file,
                                                   Caller caller) {
        if (file == null) {
            throw Rejection.invalid("file", "thiếu tệp tải lên (phần 'file' của multipart)");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw Rejection.invalid("file", "không đọc được tệp tải lên");
        }
        return ok(proposals.upload(id, new ProposalCommands.Upload(kind, file.getOriginalFilename(), content),
                caller), List.of());
    }

    @GetMapping("/{id}/documents/{kind}")
    @Operation(summary = "Tải về tài liệu hồ sơ / Download a dossier document")
    public ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable DossierDocumentKind kind) {
        Proposal proposal = proposals.get(id);
        var file = proposal.document(kind).orElseThrow(() -> Rejection.notFound("tài liệu", kind.name()));
        byte[] content = proposals.documentContent(id, kind).orElseThrow(() -> Rejection.notFound("tài liệu",
                kind.name()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.type().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .body(content);
    }

    @PostMapping("/{id}:submit")
    @Operation(summary = "Gửi đề nghị / Submit", description = "Chỉ khi hồ sơ đủ 3 tài liệu; 409 nêu tài liệu còn"
            + " thiếu.")
    public ResponseEntity<ProposalResponse> submit(@PathVariable String id, Caller caller) {
        return ok(proposals.submit(id, caller), List.of());
    }

    @PostMapping("/{id}/disclosure")
    @Operation(summary = "Công khai danh sách / Publish for comments",
            description = "Công khai tại đơn vị từ startDate trong số ngày danh mục quy định.")
    public ResponseEntity<ProposalResponse> publish(@PathVariable String id,
                                                    @Valid @RequestBody ProposalRequests.PublishRequest request,
                                                    Caller caller) {
        return ok(proposals.publish(id, new ProposalCommands.Publish(request.startDate(), request.place().strip()),
                caller), List.of());
    }

    @PostMapping("/{id}/comments")
    @Operation(summary = "Ghi ý kiến nhận được / Record a comment")
    public ResponseEntity<ProposalResponse> comment(@PathVariable String id,
                                                    @Valid @RequestBody ProposalRequests.CommentRequest request,
                                                    Caller caller) {
        return ok(proposals.comment(id, new ProposalCommands.Comment(request.author().strip(), request.text().strip(),
                request.receivedOn()), caller), List.of());
    }

    @PostMapping("/{id}/comments/{commentId}/answer")
    @Operation(summary = "Trả lời ý kiến / Answer a comment")
    public ResponseEntity<ProposalResponse> answer(@PathVariable String id, @PathVariable String commentId,
                                                   @Valid @RequestBody ProposalRequests.AnswerRequest request,
                                                   Caller caller) {
        return ok(proposals.answer(id, commentId, request.text().strip(), caller), List.of());
    }

    @GetMapping("/{id}/eligibility")
    @Operation(summary = "Phiếu đánh giá tiêu chuẩn / Eligibility sheet",
            description = "Mỗi đối tượng, mỗi tiêu chí: PASS, FAIL, MISSING_EVIDENCE, NEEDS_JUDGEMENT, kèm minh"
                    + " chứng (năm, xếp loại, danh hiệu, mô hình) và quyết định vượt tiêu chí nếu có.")
    public List<EligibilitySheet> eligibility(@PathVariable String id) {
        return proposals.eligibility(id);
    }

    @PostMapping("/{id}/attestations")
    @Operation(summary = "Hội đồng đánh giá tiêu chí / Attest a judgement criterion")
    public ResponseEntity<ProposalResponse> attest(@PathVariable String id,
                                                   @Valid @RequestBody ProposalRequests.AttestationRequest request,
                                                   Caller caller) {
        return ok(proposals.attest(id, new ProposalCommands.Attest(request.nomineeId().strip(),
                request.ruleCode().strip(), request.holds(), request.note().strip()), caller), List.of());
    }

    @PostMapping("/{id}/overrides")
    @Operation(summary = "Hội đồng quyết định vượt tiêu chí / Override a failing rule",
            description = "Chỉ với tiêu chí FAIL hoặc MISSING_EVIDENCE, kèm lý do được lưu vào hồ sơ.")
    public ResponseEntity<ProposalResponse> override(@PathVariable String id,
                                                     @Valid @RequestBody ProposalRequests.OverrideRequest request,
                                                     Caller caller) {
        return ok(proposals.override(id, new ProposalCommands.Override(request.nomineeId().strip(),
                request.ruleCode().strip(), request.reason().strip()), caller), List.of());
    }

    @PostMapping("/{id}/votes")
    @Operation(summary = "Kết quả bỏ phiếu của Hội đồng / Record the council's vote",
            description = "Số thành viên, số có mặt, bỏ phiếu kín, số phiếu đồng ý/không đồng ý/không ý kiến của"
                    + " từng đối tượng; túc số và tỷ lệ đạt theo hình thức khen thưởng.")
    public ResponseEntity<ProposalResponse> vote(@PathVariable String id,
                                                 @Valid @RequestBody ProposalRequests.VoteRequest request,
                                                 Caller caller) {
        return ok(proposals.vote(id, request.toCommand(), caller), List.of());
    }

    @PostMapping("/{id}:return")
    @Operation(summary = "Trả lại để bổ sung hồ sơ / Return for a fuller dossier")
    public ResponseEntity<ProposalResponse> returnProposal(@PathVariable String id,
                                                           @Valid @RequestBody ProposalRequests.ReturnRequest request,
                                                           Caller caller) {
        return ok(proposals.returnForFullerDossier(id, request.reason().strip(), caller), List.of());
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Quyết định của Chủ tịch / The chairman's decision",
            description = "GRANTED (số, ngày quyết định; cần đã công khai xong, trả lời hết ý kiến, Hội đồng bỏ"
                    + " phiếu đạt, mọi tiêu chí đạt hoặc được vượt; 409 nêu chỉ tiêu khi vượt chỉ tiêu),"
                    + " DECLINED hoặc RETURNED kèm lý do. Cảnh báo khi vượt quỹ khen thưởng năm.")
    public ResponseEntity<ProposalResponse> decide(@PathVariable String id,
                                                   @Valid @RequestBody ProposalRequests.DecisionRequest request,
                                                   Caller caller) {
        ProposalService.Outcome outcome = proposals.decide(id, request.toCommand(), caller);
        return ok(outcome.proposal(), outcome.warnings());
    }

    private ResponseEntity<ProposalResponse> ok(Proposal proposal, List<String> warnings) {
        return ResponseEntity.ok().eTag(Versions.etag(proposal.version())).body(response(proposal, warnings));
    }

    private ProposalResponse response(Proposal proposal, List<String> warnings) {
        CouncilRule council = catalogue.form(proposal.formCode()).map(form -> form.council()).orElseThrow();
        return ProposalResponse.of(proposal, council, warnings);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
