package vn.dvk.contracts.catalog;

/** Yearly titles that feed award rules. */
public enum Title implements CodeLabel {
    CULTURAL_FAMILY("Gia đình văn hóa"),
    CULTURAL_VILLAGE("Bản, tiểu khu văn hóa"),
    PARTY_COMMITTEE_CLEAN_STRONG("Đảng bộ trong sạch vững mạnh");

    private final String label;

    Title(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
