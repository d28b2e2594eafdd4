package vn.dvk.registration.model.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.platform.web.Versions;
import vn.dvk.registration.model.application.DecisionHandlers;
import vn.dvk.registration.model.application.ModelService;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.ModelPage;
import vn.dvk.registration.model.domain.ModelQuery;
import vn.dvk.registration.model.domain.Transition;

/** The model registry: {@code /api/v1/models}. */
@RestController
@RequestMapping("/api/v1/models")
@Tag(name = "Mô hình / Models", description = "Đăng ký, sửa, rút mô hình, điển hình \"Dân vận khéo\"")
@Validated
public class ModelController {

    private final ModelService models;
    private final DecisionHandlers decisions;
    private final InstanceScope scope;

    public ModelController(ModelService models, DecisionHandlers decisions, InstanceScope scope) {
        this.models = models;
        this.decisions = decisions;
        this.scope = scope;
    }

    /** One page of models. */
    public record PageResponse(List<ModelResponse> items, int page, int size, long total) {
    }

    /** Body of a withdrawal. */
    public record WithdrawalRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /**
     * One history entry; {@code eventId} is the {@code ce_id} of the event that announces it, {@code causedByEventId}
     * the evaluation-service event behind it, {@code previousUnitPath} the unit an edit moved the model away from.
     */
    public record HistoryEntry(String action, ModelStatus from, ModelStatus to, String reason, String by,
                               Instant at, long sequence, String eventType, String eventId, String causedByEventId,
                               String previousUnitPath) {
        static HistoryEntry of(Transition t) {
            return new HistoryEntry(t.action(), t.from(), t.to(), t.reason(), t.by(), t.at(), t.sequence(),
                    t.eventType(), t.eventId(), t.causedByEventId(), t.previousUnitPath());
        }
    }

    /** A decision event the lifecycle refused; {@code statusAtArrival} is null when the model was unknown then. */
    public record RefusedDecision(String eventId, String type, String statusAtArrival, String reason,
                                  Instant rejectedAt) {
        static RefusedDecision of(vn.dvk.registration.model.domain.RefusedDecision refusal) {
            return new RefusedDecision(refusal.eventId(), refusal.type(),
                    refusal.statusAtArrival() == null ? null : refusal.statusAtArrival().name(), refusal.reason(),
                    refusal.rejectedAt());
        }
    }

    @PostMapping
    @Operation(summary = "Đăng ký mô hình / Register a model",
            description = "Header Idempotency-Key (tùy chọn): cùng khóa và cùng nội dung trả lại mô hình đã tạo (201),"
                    + " cùng khóa khác nội dung → 409. 400 dữ liệu sai, 403 ngoài phạm vi, 422 đơn vị không có,"
                    + " ngày ngược, năm ngoài phong trào, mô hình nhân rộng không có.")
    public ResponseEntity<ModelResponse> register(@Valid @RequestBody ModelRequest request,
            Caller caller) {
        Model model = models.register(request.toDetails(), caller.signature());
        return ResponseEntity.created(URI.create("/api/v1/models/" + model.id()))
                .eTag(Versions.etag(model.version())).body(ModelResponse.of(model));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem mô hình / Get a model")
    public ResponseEntity<ModelResponse> get(@PathVariable String id) {
        Model model = models.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(model.version())).body(ModelResponse.of(model));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa mô hình / Edit a model",
            description = "Chỉ khi trạng thái REGISTERED hoặc RETURNED; mô hình RETURNED được gửi lại (REGISTERED)."
                    + " Bắt buộc If-Match: <version> (\"3\" hoặc 3); thiếu If-Match → 400 (trường If-Match),"
                    + " phiên bản cũ → 409 stale-version, trạng thái không cho sửa → 409 not-editable.")
    public ResponseEntity<ModelResponse> update(@PathVariable String id, @Valid @RequestBody ModelRequest request,
            @Parameter(description = "Phiên bản hiện tại, ví dụ \"3\"")
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            Caller caller) {
        long version = Versions.required(ifMatch);
        Model model = models.update(id, version, request.toDetails(), caller.signature());
        return ResponseEntity.ok().eTag(Versions.etag(model.version())).body(ModelResponse.of(model));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Rút mô hình / Withdraw a model",
            description = "Từ mọi trạng thái còn mở (REGISTERED, RETURNED, APPROVED, IN_PROGRESS), kèm lý do."
                    + " If-Match tùy chọn; nếu có và đã cũ → 409.")
    public ResponseEntity<ModelResponse> withdraw(@PathVariable String id,
            @Valid @RequestBody WithdrawalRequest request,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            Caller caller) {
        Model model = models.withdraw(id, Versions.optional(ifMatch), request.reason().strip(),
                caller.signature());
        return ResponseEntity.ok().eTag(Versions.etag(model.version())).body(ModelResponse.of(model));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Lịch sử mô hình / Model history",
            description = "Mọi thay đổi: ai, khi nào, lý do, ce_sequence và ce_id của sự kiện đã công bố (eventId),"
                    + " và id sự kiện của evaluation-service đã gây ra nó (causedByEventId).")
    public List<HistoryEntry> history(@PathVariable String id) {
        Model model = models.get(id);
        return model.history().stream().map(HistoryEntry::of).toList();
    }

    @GetMapping("/{id}/refused-decisions")
    @Operation(summary = "Quyết định bị từ chối / Decision events the lifecycle refused")
    public List<RefusedDecision> refused(@PathVariable String id) {
        models.get(id);
        return decisions.refusalsOf(id).stream().map(RefusedDecision::of).toList();
    }

    @GetMapping("/{id}/replicas")
    @Operation(summary = "Các mô hình nhân rộng từ mô hình này / Replicas of a model",
            description = "Những mô hình ghi replicatedFrom là mô hình này, trong phạm vi bạn được xem, mới đăng ký"
                    + " trước. 404 nếu mô hình nằm ngoài phạm vi của bạn.")
    public PageResponse replicas(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size) {
        models.get(id);
        return page(new ModelQuery(scope.visibleSubtree(), null, null, null, null, null, null, null, List.of(id),
                null, checkedPage(page), checkedSize(size)));
    }

    @GetMapping
    @Operation(summary = "Danh sách mô hình / List models",
            description = "unit: đơn vị và toàn bộ cấp dưới (mặc định: đơn vị của phiên bản này); q: tìm theo tên,"
                    + " không phân biệt dấu và chữ hoa; replicatedFrom: các mô hình nhân rộng từ một trong những mô"
                    + " hình này (lặp lại tham số hoặc ngăn cách bằng dấu phẩy, tối đa 100).")
    public PageResponse list(@RequestedUnit UnitSelection unit,
                             @RequestParam(required = false) Integer year,
                             @RequestParam(required = false) Field field,
                             @RequestParam(required = false) ManagementLevel level,
                             @RequestParam(required = false) OwnerType ownerType,
                             @RequestParam(required = false) ModelKind kind,
                             @RequestParam(required = false) List<ModelStatus> status,
                             @RequestParam(required = false) String campaignId,
                             @RequestParam(required = false) List<String> replicatedFrom,
                             @RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        if (q != null && q.length() > 300) {
            throw Rejection.invalid("q", "không được dài quá 300 ký tự");
        }
        if (replicatedFrom != null && (replicatedFrom.size() > 100
                || replicatedFrom.stream().anyMatch(source -> source != null && source.length() > 100))) {
            throw Rejection.invalid("replicatedFrom", "tối đa 100 mã mô hình, mỗi mã không quá 100 ký tự");
        }
        return page(new ModelQuery(unit.path(), year, field, level, ownerType, kind, status, campaignId,
                replicatedFrom, q, checkedPage(page), checkedSize(size)));
    }

    private PageResponse page(ModelQuery query) {
        ModelPage result = models.list(query);
        return new PageResponse(result.items().stream().map(ModelResponse::of).toList(), result.page(),
                result.size(), result.total());
    }

    private static int checkedPage(int page) {
        if (page < 0) {
            throw Rejection.invalid("page", "phải lớn hơn hoặc bằng 0");
        }
        return page;
    }

    private static int checkedSize(int size) {
        if (size < 1 || size > 200) {
            throw Rejection.invalid("size", "phải từ 1 đến 200");
        }
        return size;
    }
}
