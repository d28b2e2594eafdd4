package vn.dvk.contracts.catalog;

/** Role of a member of an inspection team (đoàn kiểm tra). */
public enum TeamRole implements CodeLabel {
    HEAD("Trưởng đoàn"),
    MEMBER("Thành viên"),
    SECRETARY("Thư ký");

    private final String label;

    TeamRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
