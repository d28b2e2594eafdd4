package vn.dvk.notification.delivery.application;

import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.dvk.notification.delivery.domain.RetryPolicy;

/**
 * When the sweep next searches the store for due messages. On the embedded store that search reads the whole
 * {@code deliveries} collection (no index but {@code _id} serves a selector there), so the sweep searches only when
 * something may be due that no worker of this instance holds: at its first run after a start (messages an earlier
 * run left), as soon as this instance's workers refused a message, when a retry this instance set comes due, and in
 * any case once per lease, which finds the messages of an instance that died holding them.
 */
@Component
public class SweepSchedule {

    private final RetryPolicy policy;
    private Instant next = Instant.MIN;

    public SweepSchedule(RetryPolicy policy) {
        this.policy = policy;
    }

    /** Something waits in the store that the workers did not take: the next run searches. */
    public synchronized void searchSoon() {
        next = Instant.MIN;
    }

    /** A message becomes due at {@code when}: the first run from then on searches. */
    public synchronized void dueAt(Instant when) {
        if (when.isBefore(next)) {
            next = when;
        }
    }

    /**
     * True when the run at {@code now} is to search; the search after it is then one lease later, unless something
     * is due sooner. A message that becomes due while this search runs moves the next one forward again.
     */
    synchronized boolean startSearch(Instant now) {
        if (now.isBefore(next)) {
            return false;
        }
        next = now.plus(policy.lease());
        return true;
    }
}
