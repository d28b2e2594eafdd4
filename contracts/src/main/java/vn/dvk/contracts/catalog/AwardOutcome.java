package vn.dvk.contracts.catalog;

/** The chairman's decision on a proposal. */
public enum AwardOutcome implements CodeLabel {
    GRANTED("Khen thưởng"),
    DECLINED("Không khen thưởng"),
    RETURNED("Trả lại để bổ sung hồ sơ");

    private final String label;

    AwardOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
