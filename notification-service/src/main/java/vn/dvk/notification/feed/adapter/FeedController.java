package vn.dvk.notification.feed.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.dvk.notification.feed.application.FeedService;
import vn.dvk.notification.feed.domain.FeedPage;
import vn.dvk.notification.shared.adapter.Paging;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.scope.InstanceScope;

/** The caller's own in-app feed: {@code /api/v1/notifications}, read marks and the live stream. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Thông báo / Notifications", description = "Thông báo trong ứng dụng của cán bộ đang đăng nhập")
public class FeedController {

    private final FeedService feed;
    private final StreamedLiveFeed live;
    private final InstanceScope scope;

    public FeedController(FeedService feed, StreamedLiveFeed live, InstanceScope scope) {
        this.feed = feed;
        this.live = live;
        this.scope = scope;
    }

    /** A page of the feed and how many of all the caller's notices are unread. */
    public record FeedResponse(List<FeedItemView> items, long unread, int page, int size, long total) {
    }

    /** How many notices a mark-all made read. */
    public record Marked(long marked) {
    }

    @GetMapping
    @Operation(summary = "Thông báo của tôi / My notifications",
            description = "Mới nhất trước; unread=true chỉ lấy thông báo chưa đọc. Chỉ thấy thông báo của chính mình.")
    public FeedResponse list(@RequestParam(defaultValue = "false") boolean unread,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size, Caller caller) {
        Paging.check(page, size);
        FeedPage result = feed.page(caller, unread, page, size);
        return new FeedResponse(result.items().stream().map(FeedItemView::of).toList(), result.unread(),
                result.page(), result.size(), result.total());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Đánh dấu đã đọc / Mark read", description = "404 nếu không phải thông báo của bạn.")
    public ResponseEntity<Void> markRead(@PathVariable String id, Caller caller) {
        feed.markRead(caller, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read")
    @Operation(summary = "Đánh dấu tất cả đã đọc / Mark all read")
    public Marked markAllRead(Caller caller) {
        return new Marked(feed.markAllRead(caller));
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Thông báo trực tiếp / Live notifications (Server-Sent Events)",
            description = "Sự kiện 'notification' mang một thông báo mới (như một phần tử của items).")
    public SseEmitter stream(Caller caller) {
        return live.open(caller, scope.visibleSubtree());
    }
}
