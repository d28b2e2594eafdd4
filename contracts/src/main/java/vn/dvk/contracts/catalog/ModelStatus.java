package vn.dvk.contracts.catalog;

/** Lifecycle status of a registered model. */
public enum ModelStatus implements CodeLabel {
    REGISTERED("Đã đăng ký"),
    RETURNED("Trả lại để chỉnh sửa"),
    APPROVED("Đã phê duyệt"),
    REJECTED("Không phê duyệt"),
    IN_PROGRESS("Đang triển khai"),
    RECOGNIZED("Được công nhận"),
    NOT_RECOGNIZED("Không được công nhận"),
    WITHDRAWN("Đã rút");

    private final String label;

    ModelStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
