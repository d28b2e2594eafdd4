package vn.dvk.evaluation.selfassessment.adapter;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.evaluation.selfassessment.domain.OverdueNotice;

/** That {@code SelfAssessmentOverdue} was published for one (model, period): its id makes it once only. */
@Document("self_assessment_overdue_notices")
public record OverdueNoticeDocument(@Id String id, String modelId, String unitPath, int periodIndex,
                                    LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate,
                                    Instant publishedAt, long version) {

    public static OverdueNoticeDocument of(OverdueNotice n) {
        return new OverdueNoticeDocument(n.id(), n.modelId(), n.unitPath(), n.periodIndex(), n.periodStart(),
                n.periodEnd(), n.dueDate(), n.publishedAt(), 0);
    }
}
