package vn.dvk.notification.delivery.domain;

import java.time.Instant;

/**
 * One try to hand a message over, as the delivery log shows it: when, whether the server took it, and what it said
 * (the HTTP status, or the error).
 */
public record Attempt(Instant at, boolean delivered, String detail) {

    public static Attempt delivered(Instant at, String detail) {
        return new Attempt(at, true, detail);
    }

    public static Attempt failed(Instant at, String error) {
        return new Attempt(at, false, error);
    }
}
