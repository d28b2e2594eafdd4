package vn.dvk.notification.fakes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.notification.delivery.domain.Deliveries;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryPage;
import vn.dvk.notification.delivery.domain.DeliveryQuery;
import vn.dvk.notification.delivery.domain.DeliveryStatus;
import vn.dvk.platform.unit.domain.UnitDirectory;

/** Messages in memory, with the store's version checks: a claim or an outcome over a changed message is refused. */
public final class InMemoryDeliveries implements Deliveries {

    private final Map<String, Delivery> deliveries = new LinkedHashMap<>();
    /** How often a sweep has searched for due messages. */
    public int dueSearches;

    public List<Delivery> all() {
        return List.copyOf(deliveries.values());
    }

    public List<Delivery> to(String recipientKey) {
        return deliveries.values().stream().filter(delivery -> delivery.recipient().key().equals(recipientKey))
                .toList();
    }

    @Override
    public synchronized List<Delivery> addNew(List<Delivery> intents) {
        List<Delivery> added = new ArrayList<>();
        for (Delivery intent : intents) {
            if (deliveries.putIfAbsent(intent.id(), intent) == null) {
                added.add(intent);
            }
        }
        return added;
    }

    @Override
    public synchronized Optional<Delivery> find(String id) {
        return Optional.ofNullable(deliveries.get(id));
    }

    @Override
    public synchronized Optional<Delivery> claim(String id, Instant now, Duration lease) {
        Delivery current = deliveries.get(id);
        if (current == null || !current.isDue(now)) {
            return Optional.empty();
        }
        Delivery claimed = current.claimed(now, lease);
        deliveries.put(id, claimed);
        return Optional.of(claimed);
    }

    @Override
    public synchronized boolean settle(Delivery changed) {
        Delivery stored = deliveries.get(changed.id());
        if (stored == null || stored.version() != changed.version() - 1) {
            return false;
        }
        deliveries.put(changed.id(), changed);
        return true;
    }

    @Override
    public synchronized List<String> due(Instant now, int limit) {
        dueSearches++;
        return deliveries.values().stream().filter(delivery -> delivery.isDue(now))
                .sorted(Comparator.comparing(Delivery::nextAttemptAt)).limit(limit).map(Delivery::id).toList();
    }

    @Override
    public synchronized List<Delivery> waitingForDigest(Instant before) {
        return deliveries.values().stream().filter(delivery -> delivery.status() == DeliveryStatus.IN_DIGEST
                && delivery.createdAt().isBefore(before)).toList();
    }

    @Override
    public synchronized void markDigested(List<String> ids, String digestId, Instant at) {
        for (String id : ids) {
            Delivery waiting = deliveries.get(id);
            if (waiting != null && waiting.status() == DeliveryStatus.IN_DIGEST) {
                deliveries.put(id, waiting.digested(digestId, at));
            }
        }
    }

    @Override
    public synchronized DeliveryPage list(DeliveryQuery query) {
        List<Delivery> selected = deliveries.values().stream()
                .filter(delivery -> UnitDirectory.pathIsWithin(delivery.unitPath(), query.unitPath()))
                .filter(delivery -> query.status() == null || delivery.status() == query.status())
                .filter(delivery -> query.channel() == null || delivery.channel() == query.channel())
                .sorted(Comparator.comparing(Delivery::createdAt).reversed()).toList();
        return new DeliveryPage(selected.stream().skip((long) query.page() * query.size()).limit(query.size())
                .toList(), query.page(), query.size(), selected.size());
    }
}
