package vn.dvk.portal.evaluation.domain;

import java.time.LocalDate;
import java.util.List;
import vn.dvk.portal.shared.domain.FileContent;

/** evaluation-service, called with the signed-in official's token: reviews, assessments, inspections, ratings. */
public interface EvaluationRecords {

    List<Review> reviewsOf(String modelId);

    Review decide(String modelId, String decision, String reason, String reviewer);

    List<SelfAssessment> selfAssessmentsOf(String modelId);

    SelfAssessment file(SelfAssessmentDraft draft);

    List<OverdueSelfAssessment> overdueSelfAssessments(String unitCode);

    List<Evaluation> evaluationsOf(String modelId);

    Evaluation evaluate(EvaluationDraft draft);

    List<InspectionPlan> inspectionPlans(String unitCode, Integer year);

    void recordInspection(String planId, String targetId, LocalDate inspectedOn, String findings, String recordedBy);

    List<Deadline> deadlines(String unitCode, Integer year);

    List<TaskRatingEntry> ratings(String unitCode, Integer year);

    List<TitleEntry> titles(String unitCode, Integer year);

    int importRatings(FileContent file, String recordedBy);

    int importTitles(FileContent file, String recordedBy);
}
