package vn.dvk.portal.evaluation.domain;

import java.util.List;

/** evaluation-service, called with the signed-in official's token: reviews, assessments, inspections. */
public interface EvaluationRecords {

    List<Review> reviewsOf(String modelId);

    Review decide(String modelId, String decision, String reason, String reviewer);

    List<SelfAssessment> selfAssessmentsOf(String modelId);

    SelfAssessment file(SelfAssessmentDraft draft);

    List<OverdueSelfAssessment> overdueSelfAssessments(String unitCode);

    List<Evaluation> evaluationsOf(String modelId);

    Evaluation evaluate(EvaluationDraft draft);

    List<InspectionPlan> inspectionPlans(String unitCode, Integer year);

    InspectionPlan inspectionPlan(String planId);

    InspectionPlan publish(PlanDraft draft);

    InspectionPlan.Inspection recordInspection(String planId, InspectionDraft draft);

    List<Deadline> deadlines(String unitCode, Integer year);
}
