package vn.dvk.notification.delivery.domain;

import vn.dvk.notification.subscription.domain.Channel;

/** Which messages of the log to list: about units in the subtree at {@code unitPath}; null status or channel: any. */
public record DeliveryQuery(String unitPath, DeliveryStatus status, Channel channel, int page, int size) {
}
