package vn.dvk.notification.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dvk.notification.notice.domain.Notice;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.platform.domain.Rejection;

/**
 * One message to one recipient by one channel, stored before its first attempt so that nothing is lost when the
 * process dies or the server is down, with every attempt it took. The id follows from event, recipient and channel
 * ({@link vn.dvk.notification.notice.domain.MessageKey}): an event applied twice finds its messages there already.
 * {@code payload} is what a webhook receives (the event as CloudEvents JSON); {@code entries} the notices of a daily
 * digest. {@code failures} counts failed attempts since it was (re)sent; the version counts changes, so that two
 * workers never both send it.
 */
public record Delivery(String id, String eventId, NoticeKind kind, Channel channel, Recipient recipient,
                       String unitPath, String title, String body, String link, String payload,
                       List<DigestEntry> entries, DeliveryStatus status, List<Attempt> attempts, int failures,
                       Instant nextAttemptAt, Instant leaseUntil, Instant createdAt, Instant settledAt,
                       String digestId, long version) {

    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(status, "status");
        entries = entries == null ? List.of() : List.copyOf(entries);
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    /** A message to send as soon as a worker is free, or, for a digest reader, to gather into the day's digest. */
    public static Delivery intent(String id, Notice notice, Channel channel, Recipient recipient, String link,
                                  String payload, boolean digest, Instant now) {
        return new Delivery(id, notice.eventId(), notice.kind(), channel, recipient, notice.unitPath(),
                notice.title(), notice.body(), link, payload, List.of(),
                digest ? DeliveryStatus.IN_DIGEST : DeliveryStatus.PENDING, List.of(), 0, now, null, now, null, null,
                1);
    }

    /** The day's digest of an official: one mail with the notices that waited for it. */
    public static Delivery digest(String id, Recipient recipient, String unitPath, String title,
                                  List<DigestEntry> entries, Instant now) {
        return new Delivery(id, null, null, Channel.EMAIL, recipient, unitPath, title, null, null, null, entries,
                DeliveryStatus.PENDING, List.of(), 0, now, null, now, null, null, 1);
    }

    public boolean isDigest() {
        return !entries.isEmpty();
    }

    /** Whether a worker should take it now: due and waiting, or held by a worker whose lease ran out. */
    public boolean isDue(Instant now) {
        return status == DeliveryStatus.PENDING && !nextAttemptAt.isAfter(now)
                || status == DeliveryStatus.SENDING && leaseUntil != null && leaseUntil.isBefore(now);
    }

    /** Taken by a worker until {@code now + lease}. */
    public Delivery claimed(Instant now, Duration lease) {
        return with(DeliveryStatus.SENDING, attempts, failures, nextAttemptAt, now.plus(lease), settledAt, digestId);
    }

    /**
     * The outcome of the tries of one attempt: sent when the last try was delivered; otherwise pending again after
     * the policy's wait, or failed for good once the policy's attempts are used up.
     */
    public Delivery attempted(List<Attempt> tries, RetryPolicy policy, Instant now) {
        List<Attempt> log = new ArrayList<>(attempts);
        log.addAll(tries);
        if (!tries.isEmpty() && tries.get(tries.size() - 1).delivered()) {
            return with(DeliveryStatus.SENT, log, failures, nextAttemptAt, null, now, digestId);
        }
        int failed = failures + 1;
        if (failed >= policy.maxAttempts()) {
            return with(DeliveryStatus.FAILED, log, failed, nextAttemptAt, null, now, digestId);
        }
        return with(DeliveryStatus.PENDING, log, failed, now.plus(policy.waitAfter(failed)), null, null, digestId);
    }

    /** An administrator sends a failed message again: a full set of attempts, starting now. */
    public Delivery resent(Instant now) {
        if (status != DeliveryStatus.FAILED) {
            throw Rejection.conflict("not-failed", "Chỉ gửi lại được thông báo đã gửi không thành công; thông báo này"
                    + " đang ở trạng thái '" + status.label() + "'.");
        }
        return with(DeliveryStatus.PENDING, attempts, 0, now, null, null, digestId);
    }

    /** Went out inside the digest {@code digest}. */
    public Delivery digested(String digest, Instant now) {
        return with(DeliveryStatus.DIGESTED, attempts, failures, nextAttemptAt, null, now, digest);
    }

    private Delivery with(DeliveryStatus newStatus, List<Attempt> newAttempts, int newFailures, Instant next,
                          Instant lease, Instant settled, String digest) {
        return new Delivery(id, eventId, kind, channel, recipient, unitPath, title, body, link, payload, entries,
                newStatus, newAttempts, newFailures, next, lease, createdAt, settled, digest, version + 1);
    }
}
