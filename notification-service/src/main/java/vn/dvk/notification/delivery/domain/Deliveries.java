package vn.dvk.notification.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The messages and their delivery log. */
public interface Deliveries {

    /** Stores the messages not stored yet (by id) and returns those; the others were stored by an earlier run. */
    List<Delivery> addNew(List<Delivery> intents);

    Optional<Delivery> find(String id);

    /**
     * Takes a message for one worker: only when it is due (see {@link Delivery#isDue}) and nobody took it meanwhile;
     * empty otherwise.
     */
    Optional<Delivery> claim(String id, Instant now, Duration lease);

    /** Stores the outcome of an attempt or a resend; false when the message changed meanwhile (the lease ran out). */
    boolean settle(Delivery changed);

    /** The ids of up to {@code limit} messages due at {@code now}, the longest waiting first. */
    List<String> due(Instant now, int limit);

    /** The messages that wait for a daily digest and were stored before {@code before}. */
    List<Delivery> waitingForDigest(Instant before);

    /** Records that these waiting messages went out in the digest {@code digestId}. */
    void markDigested(List<String> ids, String digestId, Instant at);

    /** The delivery log: the messages about units in a subtree, newest first, narrowed by status and channel. */
    DeliveryPage list(DeliveryQuery query);
}
