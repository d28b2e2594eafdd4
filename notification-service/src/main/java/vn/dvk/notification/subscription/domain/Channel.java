package vn.dvk.notification.subscription.domain;

import vn.dvk.contracts.catalog.CodeLabel;

/** How a notice reaches its recipient. */
public enum Channel implements CodeLabel {
    EMAIL("Thư điện tử"),
    IN_APP("Thông báo trong ứng dụng"),
    WEBHOOK("Webhook tới hệ thống khác (có chữ ký)");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
