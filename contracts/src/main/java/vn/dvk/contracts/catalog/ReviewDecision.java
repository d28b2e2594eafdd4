package vn.dvk.contracts.catalog;

/** The Steering Committee's decision on a registration. */
public enum ReviewDecision implements CodeLabel {
    APPROVE("Phê duyệt"),
    RETURN("Trả lại để chỉnh sửa"),
    REJECT("Không phê duyệt");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
