package vn.dvk.notification.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand, in the service's zone. */
public final class SettableClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant now;

    public SettableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void set(Instant at) {
        now = at;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service runs in " + ZONE);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
