package vn.dvk.contracts.catalog;

/** Yearly task-completion rating (mức độ hoàn thành nhiệm vụ). */
public enum TaskRating implements CodeLabel {
    EXCELLENT("Hoàn thành xuất sắc nhiệm vụ"),
    GOOD("Hoàn thành tốt nhiệm vụ"),
    COMPLETED("Hoàn thành nhiệm vụ"),
    NOT_COMPLETED("Không hoàn thành nhiệm vụ");

    private final String label;

    TaskRating(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
