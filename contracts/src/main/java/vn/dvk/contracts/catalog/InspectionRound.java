package vn.dvk.contracts.catalog;

/** Round of an inspection plan (đợt kiểm tra). */
public enum InspectionRound implements CodeLabel {
    MID_YEAR("Kiểm tra giữa năm"),
    YEAR_END("Kiểm tra cuối năm"),
    AD_HOC("Kiểm tra đột xuất");

    private final String label;

    InspectionRound(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
