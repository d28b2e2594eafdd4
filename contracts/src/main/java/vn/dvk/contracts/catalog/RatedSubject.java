package vn.dvk.contracts.catalog;

/** Who a yearly task-completion rating is about. */
public enum RatedSubject implements CodeLabel {
    UNIT("Tập thể"),
    INDIVIDUAL("Cá nhân");

    private final String label;

    RatedSubject(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
