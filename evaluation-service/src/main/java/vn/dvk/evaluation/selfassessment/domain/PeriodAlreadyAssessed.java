package vn.dvk.evaluation.selfassessment.domain;

import java.time.LocalDate;
import vn.dvk.platform.domain.Rejection;

/** A model has one self-assessment per period; the same period filed again is refused. */
public class PeriodAlreadyAssessed extends Rejection.Conflict {

    public PeriodAlreadyAssessed(LocalDate periodStart, LocalDate periodEnd) {
        super("period-already-assessed", "periodStart", "Mô hình đã có bản tự đánh giá kỳ " + periodStart + " – "
                + periodEnd + ".");
    }
}
