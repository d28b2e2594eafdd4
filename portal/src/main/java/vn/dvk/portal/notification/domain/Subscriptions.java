package vn.dvk.portal.notification.domain;

import java.util.List;

/** notification-service's subscriptions of the signed-in official. */
public interface Subscriptions {

    List<Subscription> own();

    SubscriptionOptions options();

    Subscription subscribe(SubscriptionDraft draft);

    void unsubscribe(String id);
}
