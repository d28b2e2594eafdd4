package vn.dvk.evaluation.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.outbox.OutboundEvent;

/**
 * Aggregates kept by id as the aggregate store keeps them, in memory: a create whose id is taken is refused with
 * {@link AlreadyExists}, and every write stores its events in the outbox.
 */
public final class InMemoryAggregates<T> {

    private final Map<String, T> byId = new LinkedHashMap<>();
    private final InMemoryOutbox outbox;

    public InMemoryAggregates(InMemoryOutbox outbox) {
        this.outbox = outbox;
    }

    public void create(String id, T aggregate, List<? extends OutboundEvent<?>> events) {
        if (byId.containsKey(id)) {
            throw new AlreadyExists(id);
        }
        byId.put(id, aggregate);
        outbox.append(events);
    }

    /** Replaces a stored aggregate, as a save at its current version does, storing its events. */
    public void replace(String id, T aggregate, List<? extends OutboundEvent<?>> events) {
        if (!byId.containsKey(id)) {
            throw new IllegalStateException("no aggregate " + id + " to replace");
        }
        byId.put(id, aggregate);
        outbox.append(events);
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean exists(String id) {
        return byId.containsKey(id);
    }

    /** Every aggregate, in the order they were created. */
    public Stream<T> all() {
        return byId.values().stream();
    }
}
