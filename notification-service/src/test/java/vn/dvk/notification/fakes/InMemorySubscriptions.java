package vn.dvk.notification.fakes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.subscription.domain.Subscription;
import vn.dvk.notification.subscription.domain.SubscriptionPage;
import vn.dvk.notification.subscription.domain.Subscriptions;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.unit.domain.UnitDirectory;

/** Subscriptions in memory, refusing a taken id and a stale version as the store does. */
public final class InMemorySubscriptions implements Subscriptions {

    /** How often the subscriptions covering a notice were looked up. */
    public int coveringReads;


    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();

    public InMemorySubscriptions with(Subscription... existing) {
        for (Subscription subscription : existing) {
            subscriptions.put(subscription.id(), subscription);
        }
        return this;
    }

    public List<Subscription> all() {
        return List.copyOf(subscriptions.values());
    }

    @Override
    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(subscriptions.get(id));
    }

    @Override
    public void add(Subscription created) {
        if (subscriptions.containsKey(created.id())) {
            throw new AlreadyExists(created.id());
        }
        subscriptions.put(created.id(), created);
    }

    @Override
    public void replace(Subscription changed) {
        Subscription stored = subscriptions.get(changed.id());
        if (stored == null || stored.version() != changed.version() - 1) {
            throw new StaleVersion(changed.id(), changed.version() - 1);
        }
        subscriptions.put(changed.id(), changed);
    }

    @Override
    public void remove(String id) {
        subscriptions.remove(id);
    }

    @Override
    public List<Subscription> ownedBy(String login, String visiblePath) {
        return subscriptions.values().stream().filter(subscription -> subscription.login().equals(login)
                && UnitDirectory.pathIsWithin(subscription.unitPath(), visiblePath)).toList();
    }

    @Override
    public SubscriptionPage within(String unitPath, int page, int size) {
        List<Subscription> selected = subscriptions.values().stream()
                .filter(subscription -> UnitDirectory.pathIsWithin(subscription.unitPath(), unitPath))
                .sorted(Comparator.comparing(Subscription::unitPath).thenComparing(Subscription::login))
                .toList();
        return new SubscriptionPage(selected.stream().skip((long) page * size).limit(size).toList(), page, size,
                selected.size());
    }

    @Override
    public List<Subscription> covering(NoticeKind kind, String unitPath) {
        coveringReads++;
        return subscriptions.values().stream().filter(subscription -> subscription.covers(kind, unitPath)).toList();
    }
}
