package vn.dvk.notification.fakes;

import java.util.ArrayList;
import java.util.List;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryQueue;

/** Remembers the messages offered to the workers; {@link #full()} makes it refuse them, as busy workers do. */
public final class RecordingQueue implements DeliveryQueue {

    public final List<String> offered = new ArrayList<>();
    private boolean full;

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
