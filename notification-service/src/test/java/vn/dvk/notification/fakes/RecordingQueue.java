package vn.dvk.notification.fakes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryQueue;

/**
 * Remembers the messages offered to the workers; {@link #full()} makes it refuse them, as busy workers do. The test
 * plays the workers and takes each message at once, so the queue holds none unless {@link #holding} says so.
 */
public final class RecordingQueue implements DeliveryQueue {

    public final List<String> offered = new ArrayList<>();
    private final Set<String> held = new HashSet<>();
    private boolean full;

    /** As if the message waited for a worker still. */
    public RecordingQueue holding(String deliveryId) {
        held.add(deliveryId);
        return this;
    }

    @Override
    public boolean holds(String deliveryId) {
        return held.contains(deliveryId);
    }

    @Override
    public boolean hasRoom() {
        return !full;
    }

    public RecordingQueue full() {
        full = true;
        return this;
    }

    @Override
    public boolean offer(Delivery delivery) {
        if (full) {
            return false;
        }
        offered.add(delivery.id());
        return true;
    }
}
