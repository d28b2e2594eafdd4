package vn.dvk.evaluation.inspection.domain;

import vn.dvk.platform.domain.Rejection;

/** A plan that repeats one already published; published again only when the request confirms it. */
public class DuplicatePlan extends Rejection.Conflict {

    public DuplicatePlan(InspectionPlan existing) {
        super("duplicate-plan", "confirmDuplicate", "Kế hoạch trùng với kế hoạch '" + existing.name() + "' ("
                + existing.id() + ") cùng đơn vị ban hành, năm, đợt và đối tượng kiểm tra; gửi lại với"
                + " confirmDuplicate = true nếu thực sự cần thêm kế hoạch này.");
    }
}
