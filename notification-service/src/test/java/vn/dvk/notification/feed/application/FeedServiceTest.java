package vn.dvk.notification.feed.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.notification.feed.domain.FeedPage;
import vn.dvk.notification.notice.domain.Notice;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.support.InMemoryNotifications;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.contracts.catalog.Role;

/** An official's in-app feed, on in-memory ports. */
class FeedServiceTest {

    private static final Instant NOW = Instant.parse("2022-03-10T02:00:00Z");
    private static final Caller CLERK = new Caller("longphieng.canbo", null, "04096", Set.of(Role.UNIT_CLERK));
    private static final Caller OTHER = new Caller("chiengdong.canbo", null, "04063", Set.of(Role.UNIT_CLERK));

    private final InMemoryNotifications app = new InMemoryNotifications(NOW);
    private final FeedService feed = app.feedService();

    private static Notice notice(String eventId, String title) {
        return new Notice(eventId, "vn.dvk.model.status-changed.v1", NoticeKind.MODEL_STATUS_CHANGED,
                "14/124/04096", title, "Lý do: Bổ sung số liệu", "/models/m-1", NOW);
    }

    @Test
    void given_two_notices_then_the_newest_comes_first_with_the_unread_count_and_a_portal_link() {
        feed.post(List.of(new FeedService.Post(notice("e-1", "Cũ"), CLERK.login())));
        app.clock.advance(Duration.ofMinutes(5));
        feed.post(List.of(new FeedService.Post(notice("e-2", "Mới"), CLERK.login())));

        FeedPage page = feed.page(CLERK, false, 0, 20);

        assertThat(page.items()).extracting(item -> item.title()).containsExactly("Mới", "Cũ");
        assertThat(page.unread()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items().get(0).link()).isEqualTo("http://127.0.0.1:8090/models/m-1");
        assertThat(feed.page(OTHER, false, 0, 20).items()).isEmpty();
    }

    @Test
    void given_a_notice_posted_twice_then_it_is_in_the_feed_and_pushed_once() {
        feed.post(List.of(new FeedService.Post(notice("e-1", "Một lần"), CLERK.login())));
        feed.post(List.of(new FeedService.Post(notice("e-1", "Một lần"), CLERK.login())));

        assertThat(app.feed.of(CLERK.login())).hasSize(1);
        assertThat(app.live.pushed).hasSize(1);
    }

    @Test
    void given_a_notice_when_its_official_marks_it_read_then_it_leaves_the_unread_ones_and_no_one_else_may_mark_it() {
        feed.post(List.of(new FeedService.Post(notice("e-1", "Một"), CLERK.login())));
        feed.post(List.of(new FeedService.Post(notice("e-2", "Hai"), CLERK.login())));
        String id = app.feed.of(CLERK.login()).get(0).id();

        assertThatThrownBy(() -> feed.markRead(OTHER, id)).isInstanceOf(Rejection.NotFound.class);
        feed.markRead(CLERK, id);

        assertThat(feed.page(CLERK, true, 0, 20).items()).extracting(item -> item.title()).containsExactly("Hai");
        assertThat(feed.page(CLERK, false, 0, 20).unread()).isEqualTo(1);
        assertThat(feed.markAllRead(CLERK)).isEqualTo(1);
        assertThat(feed.page(CLERK, false, 0, 20).unread()).isZero();
    }
}
