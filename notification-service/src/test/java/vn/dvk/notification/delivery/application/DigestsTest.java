package vn.dvk.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvk.notification.support.Events.inbound;
import static vn.dvk.notification.support.Events.model;
import static vn.dvk.notification.support.Events.statusChanged;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryStatus;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.notification.subscription.domain.Subscription;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.notification.support.InMemoryNotifications;
import vn.dvk.notification.support.OfficialFixtures;

/** The daily digest at 17:00 (Asia/Ho_Chi_Minh, 10:00 UTC), on in-memory ports. */
class DigestsTest {

    private static final Instant MORNING = Instant.parse("2022-03-10T02:00:00Z");
    private static final Official CLERK = OfficialFixtures.clerk("longphieng.canbo", "04096");

    private final InMemoryNotifications app = new InMemoryNotifications(MORNING);

    @BeforeEach
    void the_clerk_reads_his_mail_once_a_day() {
        app.officials.with(CLERK);
        app.subscriptions.with(new Subscription("s-1", CLERK.login(), "04096", DemoUnits.pathOf("04096"),
                Set.of(NoticeKind.MODEL_STATUS_CHANGED), Set.of(Channel.EMAIL), true, null, CLERK.login(), MORNING,
                MORNING, 1));
    }

    private void returned(String modelId) {
        app.notifier().announce(app.announcements().modelStatusChanged(inbound(statusChanged(
                model(modelId, "04096", ModelStatus.REGISTERED, 1), ModelStatus.RETURNED, "Bổ sung số liệu"))), () -> "{}");
    }

    @Test
    void given_two_notices_of_the_day_when_the_digest_time_passes_then_one_mail_holds_both() {
        returned("m-1");
        app.clock.advance(Duration.ofHours(1));
        returned("m-2");

        app.clock.set(Instant.parse("2022-03-10T10:00:30Z"));
        assertThat(app.digests().run()).isEqualTo(1);

        Delivery digest = app.deliveries.all().stream().filter(Delivery::isDigest).findFirst().orElseThrow();
        assertThat(digest.title()).isEqualTo("Tổng hợp thông báo ngày 10/03/2022 (2 thông báo)");
        assertThat(digest.entries()).extracting(entry -> entry.link()).containsExactly(
                "http://127.0.0.1:8090/models/m-1", "http://127.0.0.1:8090/models/m-2");
        assertThat(digest.recipient().address()).isEqualTo("longphieng.canbo@dvk.local");
        assertThat(app.queue.offered).containsExactly(digest.id());
        assertThat(app.deliveries.all()).filteredOn(delivery -> !delivery.isDigest())
                .allSatisfy(message -> assertThat(message.status()).isEqualTo(DeliveryStatus.DIGESTED));
    }

    @Test
    void given_the_digest_made_when_the_job_runs_again_or_on_another_instance_then_no_second_digest_is_made() {
        returned("m-1");
        app.clock.set(Instant.parse("2022-03-10T10:00:30Z"));

        app.digests().run();
        app.digests().run();
        app.clock.advance(Duration.ofMinutes(1));
        app.digests().run();

        assertThat(app.deliveries.all()).filteredOn(Delivery::isDigest).hasSize(1);
    }

    @Test
    void given_a_notice_after_the_digest_time_then_it_waits_for_the_next_days_digest() {
        app.clock.set(Instant.parse("2022-03-10T10:05:00Z"));
        returned("m-1");

        assertThat(app.digests().run()).isZero();

        app.clock.set(Instant.parse("2022-03-11T10:00:10Z"));
        assertThat(app.digests().run()).isEqualTo(1);
        assertThat(app.deliveries.all()).filteredOn(Delivery::isDigest).singleElement()
                .satisfies(digest -> assertThat(digest.title()).startsWith("Tổng hợp thông báo ngày 11/03/2022"));
    }
}
