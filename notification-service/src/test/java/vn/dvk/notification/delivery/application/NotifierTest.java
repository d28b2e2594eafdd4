package vn.dvk.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvk.notification.support.Events.inbound;
import static vn.dvk.notification.support.Events.model;
import static vn.dvk.notification.support.Events.statusChanged;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelStatusChanged;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryStatus;
import vn.dvk.notification.notice.domain.Announcement;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.notification.subscription.domain.Subscription;
import vn.dvk.notification.subscription.domain.Webhook;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.notification.support.InMemoryNotifications;
import vn.dvk.notification.support.OfficialFixtures;
import vn.dvk.platform.inbox.InboundEvent;

/** Who is told of an event and how, on in-memory ports. */
class NotifierTest {

    private static final Instant NOW = Instant.parse("2022-03-10T02:00:00Z");
    private static final Official LONG_PHIENG_CLERK = OfficialFixtures.clerk("longphieng.canbo", "04096");
    private static final Official DISTRICT_CLERK = OfficialFixtures.clerk("yenchau.canbo", "124");

    private final InMemoryNotifications app = new InMemoryNotifications(NOW);
    private final Notifier notifier = app.notifier();

    private void announce(InboundEvent<ModelStatusChanged> event) {
        Announcement announcement = app.announcements().modelStatusChanged(event);
        notifier.announce(announcement, () -> "{\"id\":\"" + event.id() + "\"}");
    }

    private static InboundEvent<ModelStatusChanged> returned(String unitCode) {
        return inbound(statusChanged(model("m-1", unitCode, ModelStatus.REGISTERED, 1), ModelStatus.RETURNED,
                "Bổ sung thời gian thực hiện"));
    }

    private static Subscription subscription(String id, Official official, String unitCode, Set<Channel> channels,
                                             boolean digest, Webhook webhook) {
        return new Subscription(id, official.login(), unitCode, DemoUnits.pathOf(unitCode),
                Set.of(NoticeKind.MODEL_STATUS_CHANGED), channels, digest, webhook, official.login(), NOW, NOW, 1);
    }

    @Test
    void given_the_units_clerk_when_its_model_is_returned_then_one_mail_is_stored_and_offered_and_his_feed_has_it() {
        app.officials.with(LONG_PHIENG_CLERK, DISTRICT_CLERK);

        announce(returned("04096"));

        assertThat(app.deliveries.all()).singleElement().satisfies(mail -> {
            assertThat(mail.channel()).isEqualTo(Channel.EMAIL);
            assertThat(mail.recipient().address()).isEqualTo("longphieng.canbo@dvk.local");
            assertThat(mail.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(mail.title()).isEqualTo("Mô hình \"Mô hình trồng lê Tai nung\" được trả lại để chỉnh sửa");
            assertThat(mail.body()).contains("Lý do: Bổ sung thời gian thực hiện");
            assertThat(mail.link()).isEqualTo("http://127.0.0.1:8090/models/m-1");
        });
        assertThat(app.queue.offered).containsExactly(app.deliveries.all().get(0).id());
        assertThat(app.feed.of("longphieng.canbo")).singleElement()
                .satisfies(item -> assertThat(item.kind()).isEqualTo(NoticeKind.MODEL_STATUS_CHANGED));
        assertThat(app.live.pushed).hasSize(1);
        assertThat(app.feed.of("yenchau.canbo")).isEmpty();
    }

    @Test
    void given_a_notification_instance_of_the_commune_when_its_model_is_returned_then_the_district_leaves_it_the_clerk() {
        app.officials.with(LONG_PHIENG_CLERK, DISTRICT_CLERK);
        app.lowerInstancePaths.add("14/124/04096");

        announce(returned("04096"));

        assertThat(app.deliveries.all()).isEmpty();
        assertThat(app.feed.of("longphieng.canbo")).isEmpty();
        assertThat(app.feed.of("yenchau.canbo")).isEmpty();
    }

    @Test
    void given_a_notification_instance_of_one_commune_when_a_model_of_another_is_returned_then_its_clerk_is_told_here() {
        Official chiengDongClerk = OfficialFixtures.clerk("chiengdong.canbo", "04063");
        app.officials.with(LONG_PHIENG_CLERK, chiengDongClerk, DISTRICT_CLERK);
        app.lowerInstancePaths.add("14/124/04096");

        announce(returned("04063"));

        assertThat(app.deliveries.all()).singleElement().satisfies(mail ->
                assertThat(mail.recipient().address()).isEqualTo("chiengdong.canbo@dvk.local"));
        assertThat(app.feed.of("longphieng.canbo")).isEmpty();
    }

    @Test
    void given_an_event_told_once_when_it_arrives_again_then_nothing_more_is_stored_offered_or_pushed() {
        app.officials.with(LONG_PHIENG_CLERK);
        InboundEvent<ModelStatusChanged> event = returned("04096");

        announce(event);
        announce(event);

        assertThat(app.deliveries.all()).hasSize(1);
        assertThat(app.queue.offered).hasSize(1);
        assertThat(app.feed.of("longphieng.canbo")).hasSize(1);
        assertThat(app.live.pushed).hasSize(1);
    }

    @Test
    void given_events_without_a_time_or_from_before_1970_then_each_is_told_once_and_once_only_when_it_comes_again() {
        app.officials.with(LONG_PHIENG_CLERK);
        InboundEvent<ModelStatusChanged> stamped = returned("04096");
        InboundEvent<ModelStatusChanged> timeless = new InboundEvent<>(UUID.randomUUID().toString(), stamped.type(),
                stamped.source(), stamped.subject(), stamped.unitPath(), 2, null, stamped.payload());
        InboundEvent<ModelStatusChanged> before1970 = new InboundEvent<>(UUID.randomUUID().toString(),
                stamped.type(), stamped.source(), stamped.subject(), stamped.unitPath(), 3,
                Instant.parse("1969-07-20T20:17:40Z"), stamped.payload());

        announce(timeless);
        announce(before1970);
        announce(timeless);
        announce(before1970);

        assertThat(app.deliveries.all()).hasSize(2);
        assertThat(app.feed.of("longphieng.canbo")).hasSize(2);
    }

    @Test
    void given_a_batch_holding_an_event_twice_and_one_told_before_then_each_message_is_stored_offered_and_pushed_once() {
        app.officials.with(LONG_PHIENG_CLERK, DISTRICT_CLERK);
        InboundEvent<ModelStatusChanged> toldBefore = returned("04096");
        InboundEvent<ModelStatusChanged> twice = returned("04063");
        announce(toldBefore);

        notifier.announce(List.of(told(toldBefore), told(twice), told(twice)));

        assertThat(app.deliveries.all()).extracting(delivery -> delivery.recipient().login())
                .containsExactlyInAnyOrder("longphieng.canbo", "yenchau.canbo");
        assertThat(app.queue.offered).hasSize(2);
        assertThat(app.feed.of("yenchau.canbo")).hasSize(1);
        assertThat(app.live.pushed).hasSize(2);
    }

    @Test
    void given_a_batch_of_events_of_two_communes_then_the_subscriptions_are_read_once_per_commune() {
        app.officials.with(LONG_PHIENG_CLERK, DISTRICT_CLERK);

        notifier.announce(List.of(told(returned("04096")), told(returned("04063")), told(returned("04096")),
                told(returned("04063"))));

        assertThat(app.subscriptions.coveringReads).isEqualTo(2);
        assertThat(app.deliveries.all()).extracting(delivery -> delivery.recipient().login())
                .containsExactlyInAnyOrder("longphieng.canbo", "longphieng.canbo", "yenchau.canbo",
                        "yenchau.canbo");
    }

    private Notifier.Told told(InboundEvent<ModelStatusChanged> event) {
        return new Notifier.Told(app.announcements().modelStatusChanged(event), () -> "{\"id\":\"" + event.id()
                + "\"}");
    }

    @Test
    void given_a_commune_without_a_clerk_when_its_model_is_returned_then_the_district_clerk_is_told() {
        app.officials.with(LONG_PHIENG_CLERK, DISTRICT_CLERK);

        announce(returned("04063"));

        assertThat(app.deliveries.all()).extracting(delivery -> delivery.recipient().login())
                .containsExactly("yenchau.canbo");
    }

    @Test
    void given_a_clerk_who_subscribed_in_app_only_when_his_model_is_returned_then_he_gets_no_mail() {
        app.officials.with(LONG_PHIENG_CLERK);
        app.subscriptions.with(subscription("s-1", LONG_PHIENG_CLERK, "04096", Set.of(Channel.IN_APP), false,
                null));

        announce(returned("04096"));

        assertThat(app.deliveries.all()).isEmpty();
        assertThat(app.feed.of("longphieng.canbo")).hasSize(1);
    }

    @Test
    void given_a_daily_digest_reader_when_told_then_his_mail_waits_for_the_digest_and_is_not_offered() {
        app.officials.with(LONG_PHIENG_CLERK);
        app.subscriptions.with(subscription("s-1", LONG_PHIENG_CLERK, "04096", Set.of(Channel.EMAIL), true, null));

        announce(returned("04096"));

        assertThat(app.deliveries.all()).singleElement()
                .satisfies(mail -> assertThat(mail.status()).isEqualTo(DeliveryStatus.IN_DIGEST));
        assertThat(app.queue.offered).isEmpty();
    }

    @Test
    void given_a_webhook_on_the_district_when_a_commune_model_changes_then_the_call_is_stored_with_the_event() {
        Official admin = OfficialFixtures.admin("yenchau.admin", "124");
        app.officials.with(admin);
        app.subscriptions.with(subscription("hook-1", admin, "124", Set.of(Channel.WEBHOOK), false,
                new Webhook("https://bot.example/dvk", "0123456789abcdef")));

        announce(returned("04096"));

        Delivery call = app.deliveries.to("webhook:hook-1").get(0);
        assertThat(call.channel()).isEqualTo(Channel.WEBHOOK);
        assertThat(call.recipient().address()).isEqualTo("https://bot.example/dvk");
        assertThat(call.payload()).startsWith("{\"id\":\"");
        assertThat(app.feed.of("yenchau.admin")).isEmpty();
    }

    @Test
    void given_a_subscriber_who_has_since_moved_to_another_district_then_his_old_subscription_tells_him_nothing() {
        Official moved = new Official("lo.van.a", "Lò Văn A", "lo.van.a@dvk.local", "125", DemoUnits.pathOf("125"),
                Set.of(), true, 2);
        app.officials.with(moved);
        app.subscriptions.with(subscription("s-1", moved, "04096", Set.of(Channel.EMAIL, Channel.IN_APP), false,
                null));

        announce(returned("04096"));

        assertThat(app.deliveries.all()).isEmpty();
        assertThat(app.feed.of("lo.van.a")).isEmpty();
    }

    @Test
    void given_a_clerk_identity_service_has_not_announced_when_he_subscribed_in_app_then_his_feed_still_has_it() {
        Subscription unknownYet = new Subscription("s-1", "new.clerk", "04096", DemoUnits.pathOf("04096"),
                Set.of(NoticeKind.MODEL_STATUS_CHANGED), Set.of(Channel.EMAIL, Channel.IN_APP), false, null,
                "new.clerk", NOW, NOW, 1);
        app.subscriptions.with(unknownYet);

        announce(returned("04096"));

        assertThat(app.feed.of("new.clerk")).hasSize(1);
        assertThat(app.deliveries.all()).as("no address to write to yet").isEmpty();
    }

    @Test
    void given_full_workers_when_a_mail_is_stored_then_it_stays_pending_for_the_sweep() {
        app.officials.with(LONG_PHIENG_CLERK);
        app.queue.full();

        announce(returned("04096"));

        assertThat(app.deliveries.all()).singleElement()
                .satisfies(mail -> assertThat(mail.status()).isEqualTo(DeliveryStatus.PENDING));
        assertThat(app.deliveries.due(NOW, 10)).hasSize(1);
    }
}
