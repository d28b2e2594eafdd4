package vn.dvk.notification.subscription.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.shared.adapter.Paging;
import vn.dvk.notification.subscription.application.SubscriptionService;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.notification.subscription.domain.SubscriptionPage;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.web.Versions;

/** Who is told what: {@code /api/v1/subscriptions}. */
@RestController
@RequestMapping("/api/v1/subscriptions")
@Tag(name = "Đăng ký nhận thông báo / Subscriptions",
        description = "Nhận loại thông báo nào, về đơn vị nào (và cấp dưới), qua kênh nào")
public class SubscriptionController {

    private final SubscriptionService subscriptions;
    private final InstanceScope scope;

    public SubscriptionController(SubscriptionService subscriptions, InstanceScope scope) {
        this.subscriptions = subscriptions;
        this.scope = scope;
    }

    /** The caller's subscriptions, or a page of a subtree's for an administrator. */
    public record ListResponse(List<SubscriptionResponse> items, int page, int size, long total) {
    }

    /** A code and how officials read it. */
    public record Option(String code, String label) {
    }

    /** What a subscription may name. */
    public record Options(List<Option> kinds, List<Option> channels) {
    }

    @GetMapping
    @Operation(summary = "Danh sách đăng ký / List subscriptions",
            description = "Không có unit: đăng ký của chính bạn. Có unit (quản trị): mọi đăng ký về đơn vị đó và cấp"
                    + " dưới.")
    public ListResponse list(@RequestParam(required = false) String unit,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size, Caller caller) {
        Paging.check(page, size);
        if (unit == null || unit.isBlank()) {
            List<SubscriptionResponse> own = subscriptions.own(caller).stream().map(SubscriptionResponse::of)
                    .toList();
            return new ListResponse(own, 0, own.size(), own.size());
        }
        SubscriptionPage result = subscriptions.within(caller, scope.select("unit", unit), page, size);
        return new ListResponse(result.items().stream().map(SubscriptionResponse::of).toList(), result.page(),
                result.size(), result.total());
    }

    @GetMapping("/options")
    @Operation(summary = "Loại thông báo và kênh / Kinds and channels with their labels")
    public Options options() {
        return new Options(Arrays.stream(NoticeKind.values()).map(kind -> new Option(kind.name(), kind.label()))
                .toList(), Arrays.stream(Channel.values()).map(channel -> new Option(channel.name(),
                channel.label())).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Xem đăng ký / Get a subscription")
    public SubscriptionResponse get(@PathVariable String id, Caller caller) {
        return SubscriptionResponse.of(subscriptions.get(caller, id));
    }

    @PostMapping
    @Operation(summary = "Đăng ký nhận thông báo / Subscribe",
            description = "Đơn vị phải thuộc phạm vi của bạn (403 nếu ngoài). login: cán bộ khác (chỉ quản trị, và chỉ"
                    + " đơn vị thuộc phạm vi của cán bộ đó). WEBHOOK (chỉ quản trị) cần webhookUrl; thiếu"
                    + " webhookSecret thì hệ thống tạo và trả về một lần trong generatedWebhookSecret.")
    public ResponseEntity<SubscriptionResponse> create(@Valid @RequestBody SubscriptionRequest request,
                                                       Caller caller) {
        SubscriptionService.Saved saved = subscriptions.create(caller, request.login(), request.terms());
        return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + saved.subscription().id()))
                .eTag(Versions.etag(saved.subscription().version())).body(SubscriptionResponse.of(saved));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa đăng ký / Change a subscription",
            description = "If-Match: phiên bản hiện tại (ETag); 409 nếu đã có người sửa trước. Cán bộ nhận thông báo"
                    + " không đổi (login bị bỏ qua); thiếu webhookSecret thì giữ khóa cũ.")
    public ResponseEntity<SubscriptionResponse> change(@PathVariable String id,
                                                       @RequestHeader(name = Versions.IF_MATCH, required = false)
                                                       String ifMatch,
                                                       @Valid @RequestBody SubscriptionRequest request,
                                                       Caller caller) {
        SubscriptionService.Saved saved = subscriptions.change(caller, id, Versions.required(ifMatch),
                request.terms());
        return ResponseEntity.ok().eTag(Versions.etag(saved.subscription().version()))
                .body(SubscriptionResponse.of(saved));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Hủy đăng ký / Unsubscribe")
    public ResponseEntity<Void> delete(@PathVariable String id, Caller caller) {
        subscriptions.delete(caller, id);
        return ResponseEntity.noContent().build();
    }
}
