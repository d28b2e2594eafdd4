package vn.dvk.evaluation.selfassessment.adapter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.evaluation.selfassessment.domain.SelfAssessment;
import vn.dvk.platform.access.UnitScoped;

/** A self-assessment as stored: a fact about the model's unit, which only that unit's subtree sees. */
@Document("self_assessments")
public record SelfAssessmentDocument(@Id String id, @Indexed String modelId, String unitPath, int year,
                                     LocalDate periodStart, LocalDate periodEnd, int progressPercent,
                                     List<SelfAssessmentFiled.Indicator> indicators, String difficulties,
                                     String proposals, String filedBy, Instant filedAt, long version)
        implements UnitScoped {

    public static SelfAssessmentDocument of(SelfAssessment s) {
        return new SelfAssessmentDocument(s.id(), s.modelId(), s.unitPath(), s.year(), s.periodStart(),
                s.periodEnd(), s.progressPercent(), s.indicators(), s.difficulties(), s.proposals(), s.filedBy(),
                s.filedAt(), 0);
    }

    public SelfAssessment toSelfAssessment() {
        return new SelfAssessment(id, modelId, unitPath, year, periodStart, periodEnd, progressPercent,
                indicators == null ? List.of() : indicators, difficulties, proposals, filedBy, filedAt);
    }
}
