package vn.dvk.notification;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * notification-service's own settings, beside the platform's {@code DvkProperties}. The ones with an environment
 * variable ({@code DVK_PORTAL_URL}, {@code DVK_SMTP_FROM}) take their defaults in {@code application.yml}; the mail
 * server itself is Spring Mail's {@code spring.mail.*}, set from {@code DVK_SMTP_*} there too.
 *
 * @param portalUrl where officials open an item: every message links to {@code portalUrl + "/models/<id>"} and alike
 * @param mailFrom  the sender of every mail, e.g. {@code Dân vận khéo <thongbao@dvk.local>}
 * @param delivery  how mail and webhooks are attempted and retried
 * @param webhook   how one webhook call is made
 * @param digest    when the daily digest goes out
 * @param giveWay   when notices wait for reporting
 */
@ConfigurationProperties("dvk.notification")
public record NotificationProperties(String portalUrl, String mailFrom, Delivery delivery, Webhook webhook,
                                     Digest digest, GiveWay giveWay) {

    public NotificationProperties {
        delivery = delivery == null ? new Delivery(null, 0, null, 0, null, null, 0, 0, 0) : delivery;
        webhook = webhook == null ? new Webhook(null, null, 0, null, 0, 0, null) : webhook;
        digest = digest == null ? new Digest(null) : digest;
        giveWay = giveWay == null ? new GiveWay(null, 0, null, null) : giveWay;
    }

    /**
     * Retries of a delivery that failed: the n-th retry waits {@code firstRetry × multiplier^(n-1)}, at most
     * {@code longestWait}; after {@code maxAttempts} failed attempts it is listed as failed. A worker that claims a
     * delivery holds it for {@code lease}: a process that dies while sending leaves it to be taken over after that.
     * The sweep looks for due deliveries every {@code sweepInterval}. Each channel has {@code mailWorkers} or
     * {@code webhookWorkers} threads and a queue of {@code queueCapacity}: a slow server fills them, never the
     * consumers.
     */
    public record Delivery(Duration firstRetry, double multiplier, Duration longestWait, int maxAttempts,
                           Duration lease, Duration sweepInterval, int mailWorkers, int webhookWorkers,
                           int queueCapacity) {
        public Delivery {
            firstRetry = firstRetry == null ? Duration.ofSeconds(10) : firstRetry;
            multiplier = multiplier <= 1 ? 2 : multiplier;
            longestWait = longestWait == null ? Duration.ofMinutes(30) : longestWait;
            maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
            lease = lease == null ? Duration.ofMinutes(2) : lease;
            sweepInterval = sweepInterval == null ? Duration.ofSeconds(5) : sweepInterval;
            mailWorkers = mailWorkers <= 0 ? 2 : mailWorkers;
            webhookWorkers = webhookWorkers <= 0 ? 4 : webhookWorkers;
            queueCapacity = queueCapacity <= 0 ? 500 : queueCapacity;
        }
    }

    /**
     * One webhook call: each try waits at most {@code timeout}; a call is tried {@code tries} times, {@code firstWait}
     * apart and then twice as long each time; an endpoint failing {@code failureRatePercent} % of its last
     * {@code window} calls is left alone for {@code openFor} (its circuit breaker is open).
     */
    public record Webhook(Duration timeout, Duration firstWait, int tries, Duration openFor, int window,
                          int failureRatePercent, Duration connectTimeout) {
        public Webhook {
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
            firstWait = firstWait == null ? Duration.ofMillis(500) : firstWait;
            tries = tries <= 0 ? 3 : tries;
            openFor = openFor == null ? Duration.ofSeconds(60) : openFor;
            window = window <= 0 ? 10 : window;
            failureRatePercent = failureRatePercent <= 0 ? 50 : failureRatePercent;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        }
    }

    /** The daily digest leaves at {@code time} (Asia/Ho_Chi_Minh) with what arrived since the one before. */
    public record Digest(LocalTime time) {
        public Digest {
            time = time == null ? LocalTime.of(17, 0) : time;
        }
    }

    /**
     * Notices wait while reporting-service is behind (ADR 0010): before a batch is told, while the consumer group
     * {@code group} (reporting of the same scope, {@code reporting-<scope>}; blank: never wait) is more than
     * {@code behind} events behind on the notices' topics, for at most {@code longestWait} per batch (below the
     * consumer's {@code max.poll.interval.ms}, 5 minutes), and not while it has applied nothing for
     * {@code stalledAfter}.
     */
    public record GiveWay(String group, long behind, Duration longestWait, Duration stalledAfter) {
        public GiveWay {
            group = group == null ? "" : group.strip();
            behind = behind <= 0 ? 500 : behind;
            longestWait = longestWait == null ? Duration.ofSeconds(60) : longestWait;
            stalledAfter = stalledAfter == null ? Duration.ofSeconds(15) : stalledAfter;
        }
    }
}
