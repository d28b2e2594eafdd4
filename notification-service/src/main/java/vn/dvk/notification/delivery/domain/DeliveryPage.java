package vn.dvk.notification.delivery.domain;

import java.util.List;

/** One page of the delivery log. */
public record DeliveryPage(List<Delivery> items, int page, int size, long total) {
}
