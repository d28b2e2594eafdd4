package vn.dvk.reporting.rebuild.domain;

import vn.dvk.platform.domain.Rejection;

/** A rebuild was asked for while another one runs. */
public final class RebuildAlreadyRunning extends Rejection.Conflict {

    public RebuildAlreadyRunning() {
        super("rebuild-running", null, "Đang dựng lại dữ liệu báo cáo; hãy chờ lần này xong.");
    }
}
