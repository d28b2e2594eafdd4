package vn.dvk.notification.delivery.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.notification.delivery.application.DeliveryLog;
import vn.dvk.notification.delivery.domain.Attempt;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryPage;
import vn.dvk.notification.delivery.domain.DeliveryStatus;
import vn.dvk.notification.shared.adapter.Paging;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;

/**
 * The operators' view (administrators, for the messages about units of their subtree): the delivery log with every
 * attempt, the messages that failed after their last retry, and sending one of those again.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Nhật ký gửi / Delivery log", description = "Thư, webhook đã gửi, gửi lỗi và gửi lại (quản trị)")
public class DeliveryController {

    private final DeliveryLog log;

    public DeliveryController(DeliveryLog log) {
        this.log = log;
    }

    /** One message as the log shows it; a webhook's secret and body are not part of it. */
    public record DeliveryView(String id, String eventId, String kind, Channel channel, String recipient,
                               String address, String unitPath, String title, String link, DeliveryStatus status,
                               int failures, Instant nextAttemptAt, Instant createdAt, Instant settledAt,
                               String digestId, List<Attempt> attempts) {

        static DeliveryView of(Delivery delivery) {
            return new DeliveryView(delivery.id(), delivery.eventId(),
                    delivery.kind() == null ? "DAILY_DIGEST" : delivery.kind().name(), delivery.channel(),
                    delivery.recipient().login(), delivery.recipient().address(), delivery.unitPath(),
                    delivery.title(), delivery.link(), delivery.status(), delivery.failures(),
                    delivery.status() == DeliveryStatus.PENDING ? delivery.nextAttemptAt() : null,
                    delivery.createdAt(), delivery.settledAt(), delivery.digestId(), delivery.attempts());
        }
    }

    /** One page of the log. */
    public record LogPage(List<DeliveryView> items, int page, int size, long total) {

        static LogPage of(DeliveryPage page) {
            return new LogPage(page.items().stream().map(DeliveryView::of).toList(), page.page(), page.size(),
                    page.total());
        }
    }

    @GetMapping("/failed")
    @Operation(summary = "Thông báo gửi không thành công / Failed deliveries",
            description = "Thư và webhook đã thử hết số lần gửi lại mà vẫn lỗi, mới nhất trước; unit: đơn vị và cấp"
                    + " dưới (mặc định: đơn vị của bạn).")
    public LogPage failed(@RequestedUnit UnitSelection unit, @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return LogPage.of(log.list(unit, DeliveryStatus.FAILED, null, page, size));
    }

    @PostMapping("/failed/{id}/resend")
    @Operation(summary = "Gửi lại / Resend a failed delivery",
            description = "Gửi lại ngay với đủ số lần thử mới; 409 nếu thông báo không ở trạng thái FAILED.")
    public DeliveryView resend(@PathVariable String id) {
        return DeliveryView.of(log.resend(id));
    }

    @GetMapping("/deliveries")
    @Operation(summary = "Nhật ký gửi / Delivery log",
            description = "Mọi thư, webhook về đơn vị và cấp dưới, mỗi lần thử với kết quả và lỗi; lọc theo status,"
                    + " channel.")
    public LogPage deliveries(@RequestedUnit UnitSelection unit,
                              @RequestParam(required = false) DeliveryStatus status,
                              @RequestParam(required = false) Channel channel,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return LogPage.of(log.list(unit, status, channel, page, size));
    }

    @GetMapping("/deliveries/{id}")
    @Operation(summary = "Một thông báo trong nhật ký / One delivery with its attempts")
    public DeliveryView delivery(@PathVariable String id) {
        return DeliveryView.of(log.get(id));
    }
}
