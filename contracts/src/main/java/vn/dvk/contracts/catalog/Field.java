package vn.dvk.contracts.catalog;

/** Field of a model (lĩnh vực), as used in the yearly reports. */
public enum Field implements CodeLabel {
    ECONOMY("Phát triển kinh tế"),
    CULTURE_SOCIETY("Văn hóa - xã hội"),
    DEFENSE_SECURITY("Quốc phòng - an ninh"),
    POLITICAL_SYSTEM("Xây dựng hệ thống chính trị");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
