package vn.dvk.notification.delivery.domain;

import vn.dvk.contracts.catalog.CodeLabel;

/** Where a message stands. */
public enum DeliveryStatus implements CodeLabel {
    /** Stored, to be attempted when due (at once, or after the wait of a failed attempt). */
    PENDING("Chờ gửi"),
    /** A worker holds it and is sending it now. */
    SENDING("Đang gửi"),
    SENT("Đã gửi"),
    /** Every attempt failed: listed for an administrator, who may send it again. */
    FAILED("Gửi không thành công"),
    /** Waits for the recipient's daily digest. */
    IN_DIGEST("Chờ thư tổng hợp"),
    /** Went out in a daily digest. */
    DIGESTED("Đã gửi trong thư tổng hợp");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
