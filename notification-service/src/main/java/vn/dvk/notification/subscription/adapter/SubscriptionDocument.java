package vn.dvk.notification.subscription.adapter;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.notification.subscription.domain.Subscription;
import vn.dvk.notification.subscription.domain.Webhook;
import vn.dvk.platform.access.UnitScoped;

/**
 * A subscription as stored. Routing looks subscriptions up by the paths of an event's unit and its ancestors and by
 * kind; lists by official and by a subtree's prefix. A subscription belongs to its unit: an administrator outside
 * that unit's subtree does not find it.
 */
@Document("subscriptions")
@CompoundIndex(name = "unitPath_kinds", def = "{'unitPath': 1, 'kinds': 1}")
record SubscriptionDocument(@Id String id, @Indexed(name = "login") String login, String unitCode, String unitPath,
                            Set<NoticeKind> kinds, Set<Channel> channels, boolean digest, String webhookUrl,
                            String webhookSecret, String createdBy, Instant createdAt, Instant updatedAt,
                            long version) implements UnitScoped {

    static SubscriptionDocument of(Subscription subscription) {
        Webhook webhook = subscription.webhook();
        return new SubscriptionDocument(subscription.id(), subscription.login(), subscription.unitCode(),
                subscription.unitPath(), subscription.kinds(), subscription.channels(), subscription.digest(),
                webhook == null ? null : webhook.url(), webhook == null ? null : webhook.secret(),
                subscription.createdBy(), subscription.createdAt(), subscription.updatedAt(), subscription.version());
    }

    Subscription toSubscription() {
        return new Subscription(id, login, unitCode, unitPath, kinds == null ? Set.of() : kinds,
                channels == null ? Set.of() : channels, digest,
                webhookUrl == null ? null : new Webhook(webhookUrl, webhookSecret), createdBy, createdAt, updatedAt,
                version);
    }
}
