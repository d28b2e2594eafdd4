package vn.dvk.notification.fakes;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import vn.dvk.notification.delivery.domain.Attempt;
import vn.dvk.notification.delivery.domain.Courier;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.subscription.domain.Channel;

/**
 * A courier whose server answers as scripted: {@code failing(2)} fails the first two attempts and delivers after; it
 * remembers what it delivered.
 */
public final class ScriptedCourier implements Courier {

    private final Channel channel;
    private final Clock clock;
    private final Deque<Boolean> script = new ArrayDeque<>();
    public final List<Delivery> delivered = new ArrayList<>();
    public int attempts;

    public ScriptedCourier(Channel channel, Clock clock) {
        this.channel = channel;
        this.clock = clock;
    }

    public ScriptedCourier failing(int times) {
        for (int i = 0; i < times; i++) {
            script.add(false);
        }
        return this;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public List<Attempt> deliver(Delivery delivery) {
        attempts++;
        Boolean outcome = script.poll();
        if (outcome == null || outcome) {
            delivered.add(delivery);
            return List.of(Attempt.delivered(clock.instant(), "accepted"));
        }
        return List.of(Attempt.failed(clock.instant(), "Connection refused"));
    }
}
