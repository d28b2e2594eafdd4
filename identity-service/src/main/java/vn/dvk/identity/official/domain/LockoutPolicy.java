package vn.dvk.identity.official.domain;

import java.time.Duration;

/**
 * How many wrong passwords in a row lock an account, and for how long. Counting starts over once the lock ends or
 * the official signs in.
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive, was " + lockDuration);
        }
    }
}
