package vn.dvk.contracts.catalog;

/** Who receives an award; the reward's coefficient of the base salary depends on it. */
public enum RecipientType implements CodeLabel {
    COLLECTIVE("Tập thể"),
    INDIVIDUAL("Cá nhân"),
    HOUSEHOLD("Hộ gia đình");

    private final String label;

    RecipientType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
