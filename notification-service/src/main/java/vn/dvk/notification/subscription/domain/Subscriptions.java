package vn.dvk.notification.subscription.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.notification.notice.domain.NoticeKind;

/** The subscriptions' store. */
public interface Subscriptions {

    Optional<Subscription> find(String id);

    /** Stores a new subscription; {@link vn.dvk.platform.domain.AlreadyExists} when its id is taken. */
    void add(Subscription created);

    /** Stores a changed subscription; {@link vn.dvk.platform.domain.StaleVersion} unless it follows the stored one. */
    void replace(Subscription changed);

    void remove(String id);

    /** The official's own subscriptions on units in the subtree at {@code visiblePath}, oldest first. */
    List<Subscription> ownedBy(String login, String visiblePath);

    /** Every subscription on a unit in the subtree at {@code unitPath}, by unit then official. */
    SubscriptionPage within(String unitPath, int page, int size);

    /** The subscriptions to {@code kind} on the unit at {@code unitPath} or on a unit above it. */
    List<Subscription> covering(NoticeKind kind, String unitPath);
}
