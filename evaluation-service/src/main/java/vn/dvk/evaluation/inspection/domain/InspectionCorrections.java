package vn.dvk.evaluation.inspection.domain;

import vn.dvk.platform.domain.Rejection;

/**
 * What the level that ran an inspection may correct in it (issue 17): the Steering Committee of the unit that issued
 * the plan replaces its findings or cancels it, while it stands.
 */
public final class InspectionCorrections {

    private InspectionCorrections() {
    }

    /**
     * 403 {@code not-plan-level} unless the official's home unit issued the plan: the committee that ran the
     * inspection corrects it, not one below that only sees it nor one above that did not run it.
     */
    public static void requirePlanLevel(InspectionPlan plan, String officialUnitCode, String issuerName) {
        if (!plan.issuingUnitCode().equals(officialUnitCode)) {
            throw Rejection.outOfScope("not-plan-level", null, "Biên bản kiểm tra thuộc kế hoạch '" + plan.id()
                    + "' do " + issuerName + " ban hành; chỉ Ban Chỉ đạo cấp đó sửa, hủy biên bản.");
        }
    }

    /** 409 {@code already-cancelled}: a cancelled inspection is neither cancelled again nor corrected. */
    public static void requireStanding(Inspection inspection) {
        if (inspection.isCancelled()) {
            throw Rejection.conflict("already-cancelled", "Biên bản kiểm tra '" + inspection.id()
                    + "' đã bị hủy.");
        }
    }

    /** 422 {@code findings-unchanged}, naming {@code findings}, when the correction repeats what is recorded. */
    public static void requireNewFindings(Inspection inspection, String findings, String minutes) {
        boolean sameMinutes = minutes == null || minutes.equals(inspection.minutes());
        if (findings.equals(inspection.findings()) && sameMinutes) {
            throw Rejection.unprocessable("findings-unchanged", "findings", "Kết quả kiểm tra đã ghi đúng như nội"
                    + " dung sửa.");
        }
    }
}
