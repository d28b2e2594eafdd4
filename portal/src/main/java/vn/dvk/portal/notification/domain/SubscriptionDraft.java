package vn.dvk.portal.notification.domain;

import java.util.Set;

/** A new subscription of the signed-in official, as notification-service's {@code POST /api/v1/subscriptions} takes it. */
public record SubscriptionDraft(String unitCode, Set<String> kinds, Set<String> channels, Boolean digest,
                                String webhookUrl) {
}
