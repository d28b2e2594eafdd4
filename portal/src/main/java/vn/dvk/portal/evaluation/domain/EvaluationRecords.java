package vn.dvk.portal.evaluation.domain;

import java.util.List;

/** evaluation-service, called with the signed-in official's token: reviews, assessments, inspections. */
public interface EvaluationRecords {

    List<Review> reviewsOf(String modelId);

    Review decide(String modelId, String decision, String reason, String reviewer);

    /** Cancels the review in force entered by mistake, with a reason: the submission awaits a review again. */
    Review cancelReview(String reviewId, String reason);

    List<SelfAssessment> selfAssessmentsOf(String modelId);

    SelfAssessment file(SelfAssessmentDraft draft);

    List<OverdueSelfAssessment> overdueSelfAssessments(String unitCode);

    List<Evaluation> evaluationsOf(String modelId);

    Evaluation evaluate(EvaluationDraft draft);

    /** Cancels an evaluation entered by mistake (ADR 0013): the level that decided, with a reason. */
    Evaluation cancelEvaluation(String evaluationId, String reason);

    /** Replaces a year-end verdict entered by mistake by the other one, with a reason. */
    Evaluation correctVerdict(String evaluationId, boolean recognized, String reason);

    List<InspectionPlan> inspectionPlans(String unitCode, Integer year);

    InspectionPlan inspectionPlan(String planId);

    InspectionPlan publish(PlanDraft draft);

    InspectionPlan.Inspection recordInspection(String planId, InspectionDraft draft);

    /** Cancels an inspection recorded by mistake: the plan's committee, with a reason; the target is open again. */
    InspectionPlan.Inspection cancelInspection(String inspectionId, String reason);

    /** Replaces an inspection's findings (and minutes) recorded wrongly, with a reason. */
    InspectionPlan.Inspection correctInspection(String inspectionId, String findings, String minutes, String reason);

    List<Deadline> deadlines(String unitCode, Integer year);
}
