package vn.dvk.notification.delivery.adapter;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.notification.delivery.domain.Attempt;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryStatus;
import vn.dvk.notification.delivery.domain.DigestEntry;
import vn.dvk.notification.delivery.domain.Recipient;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.platform.access.UnitScoped;

/**
 * A message with its delivery log. The sweep looks for due ones by status and time, the digest for waiting ones,
 * the operators' lists by subtree and status. A message belongs to the unit of its event: administrators outside
 * that unit's subtree do not find it.
 * <p>
 * Every claim and outcome is a write conditioned on {@code _id} and {@code version}. MongoDB answers it from the
 * {@code _id} index alone; the embedded store of {@code ./dvk} (mongo-java-server) uses an index only for a selector
 * naming exactly that index's fields and would scan the whole, ever growing collection under its lock twice per
 * message, holding up every other service's writes. The unique index on both fields makes it one lookup there too.
 */
@Document("deliveries")
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
@CompoundIndex(name = "status_nextAttemptAt", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "unitPath_createdAt", def = "{'unitPath': 1, 'createdAt': -1}")
record DeliveryDocument(@Id String id, String eventId, NoticeKind kind, Channel channel, String recipientKey,
                        String recipientLogin, String recipientName, String recipientAddress, String unitPath,
                        String title, String body, String link, String payload, List<DigestEntry> entries,
                        DeliveryStatus status, List<Attempt> attempts, int failures, Instant nextAttemptAt,
                        Instant leaseUntil, Instant createdAt, Instant settledAt,
                        @Indexed(name = "digestId", sparse = true) String digestId, long version)
        implements UnitScoped {

    static DeliveryDocument of(Delivery delivery) {
        Recipient recipient = delivery.recipient();
        return new DeliveryDocument(delivery.id(), delivery.eventId(), delivery.kind(), delivery.channel(),
                recipient.key(), recipient.login(), recipient.name(), recipient.address(), delivery.unitPath(),
                delivery.title(), delivery.body(), delivery.link(), delivery.payload(), delivery.entries(),
                delivery.status(), delivery.attempts(), delivery.failures(), delivery.nextAttemptAt(),
                delivery.leaseUntil(), delivery.createdAt(), delivery.settledAt(), delivery.digestId(),
                delivery.version());
    }

    Delivery toDelivery() {
        return new Delivery(id, eventId, kind, channel, new Recipient(recipientKey, recipientLogin, recipientName,
                recipientAddress), unitPath, title, body, link, payload, entries, status, attempts, failures,
                nextAttemptAt, leaseUntil, createdAt, settledAt, digestId, version);
    }
}
