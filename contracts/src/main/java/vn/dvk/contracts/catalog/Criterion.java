package vn.dvk.contracts.catalog;

/** Criteria a model is scored against (seeds 000, 001). */
public enum Criterion implements CodeLabel {
    PRACTICAL_EFFECTIVE("Thiết thực, hiệu quả"),
    SUSTAINABLE("Bền vững"),
    REPLICABLE("Có sức lan tỏa, khả năng nhân rộng"),
    ENGAGES_PEOPLE("Thu hút đông đảo nhân dân tham gia"),
    HONEST("Trung thực");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
