package vn.dvk.notification.delivery.application;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dvk.notification.delivery.domain.Attempt;
import vn.dvk.notification.delivery.domain.Courier;
import vn.dvk.notification.delivery.domain.Deliveries;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryStatus;
import vn.dvk.notification.delivery.domain.RetryPolicy;
import vn.dvk.notification.subscription.domain.Channel;

/**
 * Attempts stored messages, one worker per message at a time: a worker first claims the message (only a due one, and
 * only one worker wins), hands it to its channel's courier and records the tries; a failure waits as the retry policy
 * says, and the last one leaves the message failed.
 */
@Service
public class DeliveryAttempts {

    private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);

    private final Deliveries deliveries;
    private final Map<Channel, Courier> couriers = new EnumMap<>(Channel.class);
    private final RetryPolicy policy;
    private final SweepSchedule schedule;
    private final Clock clock;

    public DeliveryAttempts(Deliveries deliveries, List<Courier> couriers, RetryPolicy policy, SweepSchedule schedule,
                            Clock clock) {
        this.deliveries = deliveries;
        couriers.forEach(courier -> this.couriers.put(courier.channel(), courier));
        this.policy = policy;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Attempts the message once, if it is still due and no other worker took it; the outcome as stored. */
    public Optional<Delivery> attempt(String id) {
        Optional<Delivery> claimed = deliveries.claim(id, clock.instant(), policy.lease());
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Delivery delivery = claimed.get();
        List<Attempt> tries;
        try {
            tries = couriers.get(delivery.channel()).deliver(delivery);
        } catch (RuntimeException unexpected) {
            log.error("the {} courier broke on message {}", delivery.channel(), id, unexpected);
            tries = List.of(Attempt.failed(clock.instant(), unexpected.toString()));
        }
        Delivery outcome = delivery.attempted(tries, policy, clock.instant());
        if (!deliveries.settle(outcome)) {
            log.warn("message {} was taken over while it was being sent; its outcome {} is dropped", id,
                    outcome.status());
            return Optional.empty();
        }
        if (outcome.status() == DeliveryStatus.PENDING) {
            schedule.dueAt(outcome.nextAttemptAt());
        }
        if (outcome.status() == DeliveryStatus.FAILED) {
            log.error("message {} ({} to {}) failed {} times and is listed for resending: {}", id,
                    outcome.channel(), outcome.recipient().key(), outcome.failures(),
                    tries.get(tries.size() - 1).detail());
        }
        return Optional.of(outcome);
    }
}
