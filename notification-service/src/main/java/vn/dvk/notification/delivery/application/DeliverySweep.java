package vn.dvk.notification.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dvk.notification.delivery.domain.Deliveries;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryQueue;

/**
 * Offers the workers every message that is due: one whose wait after a failure is over, one the workers had no room
 * for when it was stored, one whose worker died with it. It runs every few seconds on every instance, but searches the
 * store only when its {@link SweepSchedule} says something may be due, and never while the workers have no room: on
 * the embedded store the search reads the whole collection, which under a backlog of thousands cost the store more
 * than the messages it then could not offer. Claiming makes sure each message is attempted by one worker only. A
 * message this instance's workers already hold is not read again: while mail is slower than events, re-reading each
 * of them every few seconds cost the shared store as many reads as the events themselves.
 */
@Service
public class DeliverySweep {

    private static final int BATCH = 500;

    private final Deliveries deliveries;
    private final DeliveryQueue queue;
    private final SweepSchedule schedule;
    private final Clock clock;

    public DeliverySweep(Deliveries deliveries, DeliveryQueue queue, SweepSchedule schedule, Clock clock) {
        this.deliveries = deliveries;
        this.queue = queue;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Returns how many messages the workers took. */
    public int run() {
        Instant now = clock.instant();
        if (!queue.hasRoom() || !schedule.startSearch(now)) {
            return 0;
        }
        List<String> due = deliveries.due(now, BATCH);
        int offered = 0;
        for (String id : due) {
            if (queue.holds(id)) {
                continue;
            }
            Optional<Delivery> message = deliveries.find(id);
            if (message.isPresent() && queue.offer(message.get())) {
                offered++;
            }
        }
        if (due.size() == BATCH) {
            schedule.searchSoon();
        }
        return offered;
    }
}
