package vn.dvk.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dvk.notification.support.Events.inbound;
import static vn.dvk.notification.support.Events.model;
import static vn.dvk.notification.support.Events.statusChanged;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryStatus;
import vn.dvk.notification.support.InMemoryNotifications;
import vn.dvk.notification.support.OfficialFixtures;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.UnitSelection;

/** Attempts, retries, failure and resending of a stored mail, on in-memory ports and a clock moved by hand. */
class DeliveryAttemptsTest {

    private static final Instant NOW = Instant.parse("2022-03-10T02:00:00Z");

    private final InMemoryNotifications app = new InMemoryNotifications(NOW);
    private final DeliveryAttempts attempts = app.attempts();
    private String mailId;

    @BeforeEach
    void a_returned_model_is_told_to_its_clerk() {
        app.officials.with(OfficialFixtures.clerk("longphieng.canbo", "04096"));
        app.notifier().announce(app.announcements().modelStatusChanged(inbound(statusChanged(
                model("m-1", "04096", ModelStatus.REGISTERED, 1), ModelStatus.RETURNED, "Bổ sung số liệu"))), () -> "{}");
        mailId = app.deliveries.all().get(0).id();
    }

    private Delivery mail() {
        return app.deliveries.find(mailId).orElseThrow();
    }

    @Test
    void given_a_server_that_takes_it_when_attempted_then_it_is_sent_with_its_attempt_logged() {
        attempts.attempt(mailId);

        assertThat(mail().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(mail().attempts()).singleElement().satisfies(attempt -> assertThat(attempt.delivered()).isTrue());
        assertThat(app.mail.delivered).hasSize(1);
    }

    @Test
    void given_a_server_down_twice_when_retried_after_each_wait_then_it_is_sent_once_on_the_third_attempt() {
        app.mail.failing(2);

        attempts.attempt(mailId);
        assertThat(mail().status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(mail().nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(attempts.attempt(mailId)).as("not due before its wait is over").isEmpty();

        app.clock.advance(Duration.ofMinutes(1));
        attempts.attempt(mailId);
        assertThat(mail().nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1 + 2)));

        app.clock.advance(Duration.ofMinutes(2));
        attempts.attempt(mailId);

        assertThat(mail().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(mail().attempts()).extracting(attempt -> attempt.delivered()).containsExactly(false, false, true);
        assertThat(app.mail.delivered).hasSize(1);
    }

    @Test
    void given_a_server_that_never_takes_it_when_every_attempt_is_used_then_it_is_failed_and_listed() {
        app.mail.failing(10);

        for (int attempt = 0; attempt < 4; attempt++) {
            attempts.attempt(mailId);
            app.clock.advance(Duration.ofMinutes(8));
        }

        assertThat(mail().status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(mail().attempts()).hasSize(4).allSatisfy(attempt -> assertThat(attempt.delivered()).isFalse());
        assertThat(app.deliveryLog().list(new UnitSelection("124", "14/124"), DeliveryStatus.FAILED, null, 0, 20)
                .items()).extracting(Delivery::id).containsExactly(mailId);
    }

    @Test
    void given_a_failed_mail_when_an_administrator_resends_it_then_it_is_offered_and_sent_with_the_log_kept() {
        app.mail.failing(4);
        for (int attempt = 0; attempt < 4; attempt++) {
            attempts.attempt(mailId);
            app.clock.advance(Duration.ofMinutes(8));
        }

        Delivery resent = app.deliveryLog().resend(mailId);
        attempts.attempt(mailId);

        assertThat(resent.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(app.queue.offered).endsWith(mailId);
        assertThat(mail().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(mail().attempts()).hasSize(5);
    }

    @Test
    void given_a_mail_already_sent_when_resent_then_it_is_refused_as_a_conflict() {
        attempts.attempt(mailId);

        assertThatThrownBy(() -> app.deliveryLog().resend(mailId)).isInstanceOf(Rejection.Conflict.class)
                .hasMessageContaining("Đã gửi");
    }

    @Test
    void given_a_mail_claimed_by_one_worker_then_another_worker_does_not_send_it_until_the_lease_runs_out() {
        app.deliveries.claim(mailId, NOW, InMemoryNotifications.RETRIES.lease());

        assertThat(attempts.attempt(mailId)).isEmpty();
        assertThat(app.mail.attempts).isZero();

        app.clock.advance(InMemoryNotifications.RETRIES.lease().plusSeconds(1));
        assertThat(app.sweep().run()).isEqualTo(1);
        attempts.attempt(mailId);

        assertThat(mail().status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void given_a_due_mail_still_held_by_this_instances_workers_when_the_sweep_runs_then_it_is_not_offered_again() {
        app.deliveries.claim(mailId, NOW, InMemoryNotifications.RETRIES.lease());
        app.clock.advance(InMemoryNotifications.RETRIES.lease().plusSeconds(1));
        app.queue.holding(mailId);

        assertThat(app.sweep().run()).isZero();
        assertThat(app.queue.offered).containsOnlyOnce(mailId);
    }

    @Test
    void given_workers_without_room_when_the_sweep_runs_then_it_does_not_search_the_store() {
        app.clock.advance(Duration.ofMinutes(1));
        app.queue.full();

        assertThat(app.sweep().run()).isZero();
        assertThat(app.deliveries.dueSearches).isZero();
        assertThat(mail().status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void given_a_sweep_that_found_everything_held_when_it_runs_again_within_the_lease_then_it_does_not_search() {
        app.queue.holding(mailId);
        app.sweep().run();

        app.clock.advance(Duration.ofSeconds(5));
        app.sweep().run();
        app.clock.advance(InMemoryNotifications.RETRIES.lease());
        app.sweep().run();

        assertThat(app.deliveries.dueSearches).as("at the first run, then once the lease has passed").isEqualTo(2);
    }

    @Test
    void given_a_failed_attempt_when_its_retry_comes_due_then_the_next_sweep_searches_and_offers_it() {
        app.sweep().run();
        app.queue.offered.clear();
        app.mail.failing(1);
        attempts.attempt(mailId);

        app.clock.advance(Duration.ofSeconds(30));
        assertThat(app.sweep().run()).as("before its wait is over").isZero();
        app.clock.advance(Duration.ofSeconds(30));

        assertThat(app.sweep().run()).isEqualTo(1);
        assertThat(app.queue.offered).containsExactly(mailId);
        assertThat(app.deliveries.dueSearches).isEqualTo(2);
    }

    @Test
    void given_a_message_the_workers_refused_when_they_have_room_again_then_the_next_sweep_searches() {
        app.sweep().run();
        app.schedule.searchSoon();
        app.clock.advance(Duration.ofSeconds(5));

        app.sweep().run();

        assertThat(app.deliveries.dueSearches).isEqualTo(2);
        assertThat(app.queue.offered).endsWith(mailId);
    }
}
