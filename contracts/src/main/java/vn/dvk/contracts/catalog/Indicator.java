package vn.dvk.contracts.catalog;

/** Result indicators a self-assessment or evaluation records, with their units. */
public enum Indicator implements CodeLabel {
    INCOME_VND_PER_YEAR("Thu nhập (đồng/năm)"),
    JOBS_CREATED("Việc làm tạo ra (người)"),
    AREA_HECTARES("Diện tích (ha)"),
    HOUSEHOLDS_JOINING("Hộ tham gia (hộ)"),
    SEEDLINGS_SUPPLIED("Cây giống cung cấp (cây)"),
    PEOPLE_MOBILISED("Người được vận động (người)"),
    MONEY_MOBILISED_VND("Kinh phí vận động (đồng)");

    private final String label;

    Indicator(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
