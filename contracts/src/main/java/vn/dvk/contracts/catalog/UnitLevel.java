package vn.dvk.contracts.catalog;

/** Kind of administrative unit (or attached agency) in the unit directory. */
public enum UnitLevel implements CodeLabel {
    PROVINCE("Tỉnh, thành phố"),
    DISTRICT("Huyện, quận, thị xã, thành phố thuộc tỉnh"),
    COMMUNE("Xã, phường, thị trấn"),
    AGENCY("Cơ quan, đơn vị");

    private final String label;

    UnitLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
