package vn.dvk.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.notification.notice.domain.Notice;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.subscription.domain.Channel;

/** A message's life: stored, claimed, attempted, retried, failed, resent. */
class DeliveryTest {

    private static final Instant NOW = Instant.parse("2022-03-10T02:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(10), 3, Duration.ofMinutes(1), 3,
            Duration.ofMinutes(2));

    private static Delivery mail() {
        Notice notice = new Notice("e-1", "vn.dvk.model.status-changed.v1", NoticeKind.MODEL_STATUS_CHANGED,
                "14/124/04096", "Tiêu đề", "Nội dung", "/models/m-1", NOW);
        return Delivery.intent("d-1", notice, Channel.EMAIL, Recipient.official("longphieng.canbo", "Sồng A Páo",
                "longphieng.canbo@dvk.local"), "http://127.0.0.1:8090/models/m-1", null, false, NOW);
    }

    @Test
    void a_stored_message_is_due_at_once_and_a_claimed_one_only_after_its_lease() {
        Delivery claimed = mail().claimed(NOW, Duration.ofMinutes(2));

        assertThat(mail().isDue(NOW)).isTrue();
        assertThat(claimed.isDue(NOW.plus(Duration.ofMinutes(1)))).isFalse();
        assertThat(claimed.isDue(NOW.plus(Duration.ofMinutes(3)))).isTrue();
        assertThat(claimed.version()).isEqualTo(2);
    }

    @Test
    void failed_attempts_wait_longer_each_time_up_to_the_longest_wait_and_then_fail_for_good() {
        Delivery once = mail().claimed(NOW, Duration.ofMinutes(2))
                .attempted(List.of(Attempt.failed(NOW, "Connection refused")), POLICY, NOW);
        Delivery twice = once.claimed(NOW, Duration.ofMinutes(2))
                .attempted(List.of(Attempt.failed(NOW, "Connection refused")), POLICY, NOW);
        Delivery thrice = twice.claimed(NOW, Duration.ofMinutes(2))
                .attempted(List.of(Attempt.failed(NOW, "Connection refused")), POLICY, NOW);

        assertThat(once.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(once.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(twice.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(thrice.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(thrice.settledAt()).isEqualTo(NOW);
        assertThat(thrice.attempts()).hasSize(3);
        assertThat(POLICY.waitAfter(3)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void the_last_try_of_an_attempt_decides_and_every_try_is_logged() {
        Delivery sent = mail().claimed(NOW, Duration.ofMinutes(2)).attempted(List.of(
                Attempt.failed(NOW, "HTTP 500"), Attempt.failed(NOW, "HTTP 503"), Attempt.delivered(NOW, "HTTP 200")),
                POLICY, NOW);

        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.failures()).isZero();
        assertThat(sent.attempts()).extracting(Attempt::detail).containsExactly("HTTP 500", "HTTP 503", "HTTP 200");
    }

    @Test
    void a_resent_message_gets_a_full_set_of_attempts_and_keeps_its_log() {
        Delivery failed = mail();
        for (int attempt = 0; attempt < 3; attempt++) {
            failed = failed.claimed(NOW, Duration.ofMinutes(2))
                    .attempted(List.of(Attempt.failed(NOW, "timeout")), POLICY, NOW);
        }

        Delivery resent = failed.resent(NOW.plusSeconds(600));

        assertThat(resent.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(resent.failures()).isZero();
        assertThat(resent.isDue(NOW.plusSeconds(600))).isTrue();
        assertThat(resent.attempts()).hasSize(3);
    }
}
