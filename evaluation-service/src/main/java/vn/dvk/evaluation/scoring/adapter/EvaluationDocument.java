package vn.dvk.evaluation.scoring.adapter;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.evaluation.ModelEvaluated;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.evaluation.scoring.domain.Evaluation;
import vn.dvk.evaluation.shared.domain.Correction;
import vn.dvk.platform.access.UnitScoped;

/** An evaluation as stored: a fact about the model's unit, which only that unit's subtree sees. */
@Document("evaluations")
public record EvaluationDocument(@Id String id, @Indexed String modelId, String unitPath, int year,
                                 InspectionRound round, String planId, String teamId,
                                 List<ModelEvaluated.Score> scores, double totalScore, boolean recognized,
                                 List<SelfAssessmentFiled.Indicator> indicators, String reason, String evaluatedBy,
                                 Instant evaluatedAt, Correction correction, long version) implements UnitScoped {

    public static EvaluationDocument of(Evaluation e) {
        return new EvaluationDocument(e.id(), e.modelId(), e.unitPath(), e.year(), e.round(), e.planId(),
                e.teamId(), e.scores(), e.totalScore(), e.recognized(), e.indicators(), e.reason(), e.evaluatedBy(),
                e.evaluatedAt(), e.correction(), e.version());
    }

    public Evaluation toEvaluation() {
        return new Evaluation(id, modelId, unitPath, year, round, planId, teamId, scores, totalScore, recognized,
                indicators, reason, evaluatedBy, evaluatedAt, correction, version);
    }
}
