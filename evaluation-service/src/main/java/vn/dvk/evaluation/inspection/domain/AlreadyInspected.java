package vn.dvk.evaluation.inspection.domain;

import vn.dvk.platform.domain.Rejection;

/** A target of a plan has its inspection already; a plan inspects each target once. */
public class AlreadyInspected extends Rejection.Conflict {

    public AlreadyInspected(InspectionPlan.Target target) {
        super("already-inspected", null, "Đối tượng '" + target.unitName()
                + "' của kế hoạch này đã có biên bản kiểm tra.");
    }
}
