package vn.dvk.notification.delivery.application;

import java.time.Clock;
import org.springframework.stereotype.Service;
import vn.dvk.notification.delivery.domain.Deliveries;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryPage;
import vn.dvk.notification.delivery.domain.DeliveryQuery;
import vn.dvk.notification.delivery.domain.DeliveryQueue;
import vn.dvk.notification.delivery.domain.DeliveryStatus;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.UnitSelection;

/**
 * The operators' view of the messages about their subtree: every message with every attempt, the failed ones, and
 * sending a failed one again.
 */
@Service
public class DeliveryLog {

    private final Deliveries deliveries;
    private final DeliveryQueue queue;
    private final Clock clock;

    public DeliveryLog(Deliveries deliveries, DeliveryQueue queue, Clock clock) {
        this.deliveries = deliveries;
        this.queue = queue;
        this.clock = clock;
    }

    public DeliveryPage list(UnitSelection unit, DeliveryStatus status, Channel channel, int page, int size) {
        return deliveries.list(new DeliveryQuery(unit.path(), status, channel, page, size));
    }

    public Delivery get(String id) {
        return deliveries.find(id).orElseThrow(() -> Rejection.notFound("thông báo", id));
    }

    /** Sends a failed message again with a full set of attempts; 409 for one that has not failed. */
    public Delivery resend(String id) {
        Delivery resent = get(id).resent(clock.instant());
        if (!deliveries.settle(resent)) {
            throw Rejection.conflict("changed-meanwhile", "Thông báo '" + id + "' vừa được người khác gửi lại.");
        }
        queue.offer(resent);
        return resent;
    }
}
