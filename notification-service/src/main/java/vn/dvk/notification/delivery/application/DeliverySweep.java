package vn.dvk.notification.delivery.application;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dvk.notification.delivery.domain.Deliveries;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryQueue;

/**
 * Offers the workers every message that is due: one whose wait after a failure is over, one the workers had no room
 * for when it was stored, one whose worker died with it. It runs every few seconds on every instance; claiming makes
 * sure each message is attempted by one worker only. A message this instance's workers already hold is not read
 * again: while mail is slower than events (a backlog of hundreds), re-reading each of them every few seconds cost
 * the shared store as many reads as the events themselves.
 */
@Service
public class DeliverySweep {

    private static final int BATCH = 500;

    private final Deliveries deliveries;
    private final DeliveryQueue queue;
    private final Clock clock;

    public DeliverySweep(Deliveries deliveries, DeliveryQueue queue, Clock clock) {
        this.deliveries = deliveries;
        this.queue = queue;
        this.clock = clock;
    }

    /** Returns how many messages the workers took. */
    public int run() {
        int offered = 0;
        for (String id : deliveries.due(clock.instant(), BATCH)) {
            if (queue.holds(id)) {
                continue;
            }
            Optional<Delivery> due = deliveries.find(id);
            if (due.isPresent() && queue.offer(due.get())) {
                offered++;
            }
        }
        return offered;
    }
}
