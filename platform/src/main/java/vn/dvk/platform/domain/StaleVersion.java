package vn.dvk.platform.domain;

/** The record was changed by someone else after the version the change was based on. */
public class StaleVersion extends Rejection.Conflict {

    public StaleVersion(String id, long expectedVersion) {
        super("stale-version", "If-Match", "Bản ghi '" + id + "' đã được người khác thay đổi (phiên bản bạn gửi: "
                + expectedVersion + "). Hãy tải lại và thử lại.");
    }
}
