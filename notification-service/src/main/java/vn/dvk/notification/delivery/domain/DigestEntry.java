package vn.dvk.notification.delivery.domain;

import java.time.Instant;

/** One notice inside a daily digest, and the waiting message it stands for. */
public record DigestEntry(String deliveryId, String title, String body, String link, Instant occurredAt) {
}
