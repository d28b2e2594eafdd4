package vn.dvk.contracts.catalog;

/** The kind of an award form; which chairman issues it is configuration, not code. */
public enum AwardFormKind implements CodeLabel {
    CERTIFICATE_OF_MERIT("Bằng khen"),
    CERTIFICATE_OF_COMMENDATION("Giấy khen"),
    PUBLIC_PRAISE("Biểu dương");

    private final String label;

    AwardFormKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
