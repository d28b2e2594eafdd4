package vn.dvk.notification.subscription.adapter;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.subscription.application.SubscriptionService;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.notification.subscription.domain.Subscription;

/**
 * A subscription as the API shows it. A webhook's secret is never shown again, except once in
 * {@code generatedWebhookSecret} when the service made it up.
 */
public record SubscriptionResponse(String id, String login, String unitCode, String unitPath, Set<NoticeKind> kinds,
                                   Set<Channel> channels, boolean digest, String webhookUrl,
                                   String generatedWebhookSecret, String createdBy, Instant createdAt,
                                   Instant updatedAt, long version) {

    static SubscriptionResponse of(Subscription subscription) {
        return of(new SubscriptionService.Saved(subscription, null));
    }

    static SubscriptionResponse of(SubscriptionService.Saved saved) {
        Subscription subscription = saved.subscription();
        return new SubscriptionResponse(subscription.id(), subscription.login(), subscription.unitCode(),
                subscription.unitPath(), new TreeSet<>(subscription.kinds()), new TreeSet<>(subscription.channels()),
                subscription.digest(), subscription.webhook() == null ? null : subscription.webhook().url(),
                saved.generatedSecret(), subscription.createdBy(), subscription.createdAt(),
                subscription.updatedAt(), subscription.version());
    }
}
