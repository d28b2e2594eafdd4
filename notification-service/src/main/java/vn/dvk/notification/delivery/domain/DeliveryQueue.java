package vn.dvk.notification.delivery.domain;

/**
 * Hands a message to the workers of its channel, without waiting: when they are all busy and their queue is full,
 * the message stays stored and the next sweep offers it again. So a slow or dead server never holds up the consumers.
 */
public interface DeliveryQueue {

    /** True when a worker will attempt the message. */
    boolean offer(Delivery delivery);

    /** True while the message waits for, or is with, a worker of this queue: offering it again would change nothing. */
    boolean holds(String deliveryId);

    /** False while the workers of every channel are busy and their queues full: offering anything would be refused. */
    boolean hasRoom();
}
