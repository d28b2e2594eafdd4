package vn.dvk.contracts.catalog;

/** Management level (cấp) that registers, follows and recognises a model. */
public enum ManagementLevel implements CodeLabel {
    PROVINCE("Cấp tỉnh"),
    DISTRICT("Cấp huyện"),
    GRASSROOTS("Cấp cơ sở");

    private final String label;

    ManagementLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
