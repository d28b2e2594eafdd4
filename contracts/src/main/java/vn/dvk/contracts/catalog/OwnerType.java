package vn.dvk.contracts.catalog;

/** Whether a model's owner is a collective (tập thể) or an individual (cá nhân). */
public enum OwnerType implements CodeLabel {
    COLLECTIVE("Tập thể"),
    INDIVIDUAL("Cá nhân");

    private final String label;

    OwnerType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
