package vn.dvk.notification.delivery.domain;

import java.time.Duration;

/**
 * How long a failed message waits before its next attempt: {@code firstRetry}, then {@code multiplier} times longer
 * each time, never more than {@code longestWait}; after {@code maxAttempts} failed attempts it has failed for good.
 * A worker holds a message for {@code lease}: if its process dies while sending, another worker takes it over then.
 */
public record RetryPolicy(Duration firstRetry, double multiplier, Duration longestWait, int maxAttempts,
                          Duration lease) {

    /** The wait after the {@code failures}-th failed attempt in a row (1 for the first). */
    public Duration waitAfter(int failures) {
        double millis = firstRetry.toMillis() * Math.pow(multiplier, Math.max(0, failures - 1));
        return millis >= longestWait.toMillis() ? longestWait : Duration.ofMillis((long) millis);
    }
}
