package vn.dvk.notification.delivery.domain;

import java.util.List;
import vn.dvk.notification.subscription.domain.Channel;

/**
 * Hands messages of one channel over to their servers. It never throws for a server's failure: the tries it made,
 * the last one telling whether the message went out, are the answer.
 */
public interface Courier {

    Channel channel();

    /** Tries to deliver the message; at least one try. */
    List<Attempt> deliver(Delivery delivery);
}
