package vn.dvk.notification.notice.domain;

import vn.dvk.contracts.catalog.CodeLabel;

/** What a notice is about: what officials subscribe to, with the label their settings page shows. */
public enum NoticeKind implements CodeLabel {
    MODEL_REGISTERED("Mô hình mới đăng ký, chờ xét duyệt"),
    MODEL_STATUS_CHANGED("Mô hình chuyển trạng thái"),
    REVIEW_DECIDED("Ban Chỉ đạo xét duyệt đăng ký mô hình"),
    SELF_ASSESSMENT_DUE("Sắp đến hạn báo cáo tự đánh giá"),
    SELF_ASSESSMENT_OVERDUE("Quá hạn báo cáo tự đánh giá"),
    INSPECTION_PLANNED("Kế hoạch kiểm tra"),
    EVALUATION_RECORDED("Kết quả đánh giá mô hình"),
    PROPOSAL_SUBMITTED("Hồ sơ đề nghị khen thưởng được gửi lên"),
    PROPOSAL_RETURNED("Hồ sơ đề nghị khen thưởng bị trả lại"),
    PROPOSAL_DECIDED("Quyết định khen thưởng"),
    DEADLINE_APPROACHING("Sắp đến hạn báo cáo, công nhận");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
