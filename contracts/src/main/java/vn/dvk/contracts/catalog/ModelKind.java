package vn.dvk.contracts.catalog;

/** A model (mô hình) or an exemplar (điển hình). */
public enum ModelKind implements CodeLabel {
    MODEL("Mô hình"),
    EXEMPLAR("Điển hình");

    private final String label;

    ModelKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
