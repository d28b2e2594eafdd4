package vn.dvk.contracts.catalog;

/** When awards are given (seed 000 §III, seed 001 step 5): every year, at a phase's mid-term or final review. */
public enum AwardOccasion implements CodeLabel {
    YEARLY("Khen thưởng hằng năm"),
    MID_TERM("Sơ kết"),
    FINAL("Tổng kết giai đoạn");

    private final String label;

    AwardOccasion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
