package vn.dvk.evaluation.scoring.domain;

import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.platform.domain.Rejection;

/**
 * What a level may correct in an evaluation it entered by mistake: it cancels any evaluation still standing, and
 * replaces a year-end verdict by the other one, which must still follow the scores.
 */
public final class EvaluationCorrections {

    private EvaluationCorrections() {
    }

    /** 409 {@code already-cancelled}: a cancelled evaluation is neither cancelled again nor corrected. */
    public static void requireStanding(Evaluation evaluation) {
        if (evaluation.isCancelled()) {
            throw Rejection.conflict("already-cancelled", "Kết quả đánh giá '" + evaluation.id()
                    + "' đã bị hủy.");
        }
    }

    /**
     * Only a year-end evaluation has a verdict to correct, the new verdict differs from the one standing, and a
     * recognition still needs a total at or above the threshold; problems name {@code recognized}.
     */
    public static void requireNewVerdict(Evaluation evaluation, boolean recognized, double threshold) {
        if (evaluation.round() != InspectionRound.YEAR_END) {
            throw Rejection.unprocessable("not-a-verdict", "recognized", "Chỉ đánh giá cuối năm có kết quả công"
                    + " nhận để sửa; đánh giá đợt khác thì hủy và nhập lại.");
        }
        if (evaluation.recognized() == recognized) {
            throw Rejection.unprocessable("verdict-unchanged", "recognized", "Kết quả đánh giá đã là "
                    + (recognized ? "công nhận" : "không công nhận") + ".");
        }
        Scoring.checkVerdict(evaluation.totalScore(), recognized, threshold);
    }
}
