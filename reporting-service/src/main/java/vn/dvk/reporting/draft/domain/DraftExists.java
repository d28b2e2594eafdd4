package vn.dvk.reporting.draft.domain;

import vn.dvk.platform.domain.Rejection;

/** A unit has one draft per year and kind: a second one is refused, naming the one that exists. */
public class DraftExists extends Rejection.Conflict {

    public DraftExists(String id) {
        super("draft-exists", null, "Đơn vị đã có dự thảo báo cáo cho kỳ này (mã '" + id + "'); hãy sửa dự thảo đó.");
    }
}
