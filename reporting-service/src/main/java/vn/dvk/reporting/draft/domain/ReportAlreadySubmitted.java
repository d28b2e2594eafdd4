package vn.dvk.reporting.draft.domain;

import vn.dvk.platform.domain.Rejection;

/** A submitted report is frozen: neither edited nor submitted again. */
public class ReportAlreadySubmitted extends Rejection.Conflict {

    public ReportAlreadySubmitted(String id, int version) {
        super("report-submitted", null, "Báo cáo '" + id + "' đã được gửi lên cấp trên (phiên bản " + version
                + "); không thể sửa hoặc gửi lại.");
    }
}
