package vn.dvk.notification.subscription.domain;

import java.util.List;

/** One page of subscriptions. */
public record SubscriptionPage(List<Subscription> items, int page, int size, long total) {
}
