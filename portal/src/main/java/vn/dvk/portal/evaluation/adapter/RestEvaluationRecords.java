package vn.dvk.portal.evaluation.adapter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import vn.dvk.portal.evaluation.domain.Deadline;
import vn.dvk.portal.evaluation.domain.Evaluation;
import vn.dvk.portal.evaluation.domain.EvaluationDraft;
import vn.dvk.portal.evaluation.domain.EvaluationRecords;
import vn.dvk.portal.evaluation.domain.InspectionDraft;
import vn.dvk.portal.evaluation.domain.InspectionPlan;
import vn.dvk.portal.evaluation.domain.OverdueSelfAssessment;
import vn.dvk.portal.evaluation.domain.PlanDraft;
import vn.dvk.portal.evaluation.domain.Review;
import vn.dvk.portal.evaluation.domain.SelfAssessment;
import vn.dvk.portal.evaluation.domain.SelfAssessmentDraft;
import vn.dvk.portal.shared.adapter.PathIds;
import vn.dvk.portal.shared.adapter.QueryUri;
import vn.dvk.portal.shared.adapter.ServiceApi;
import vn.dvk.portal.shared.adapter.ServiceClients;

/** {@link EvaluationRecords} on evaluation-service's API. */
@Component
class RestEvaluationRecords implements EvaluationRecords {

    private final ServiceApi evaluation;

    RestEvaluationRecords(ServiceClients.ServiceApis apis) {
        this.evaluation = apis.evaluation();
    }

    /** What the deadline listing answers. */
    record DeadlineListing(List<Deadline> items) {
    }

    @Override
    public List<Review> reviewsOf(String modelId) {
        return evaluation.get(QueryUri.of("/api/v1/reviews").param("modelId", modelId), new ParameterizedTypeReference<>() { });
    }

    @Override
    public Review decide(String modelId, String decision, String reason, String reviewer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("modelId", modelId);
        body.put("decision", decision);
        body.put("reason", reason == null || reason.isBlank() ? null : reason.strip());
        body.put("reviewer", reviewer);
        return evaluation.post("/api/v1/reviews", body, Map.of("Idempotency-Key", UUID.randomUUID().toString()),
                Review.class);
    }

    @Override
    public Review cancelReview(String reviewId, String reason) {
        return evaluation.post("/api/v1/reviews/" + PathIds.composedKey(reviewId) + "/cancellation",
                Map.of("reason", reason == null ? "" : reason.strip()), Review.class);
    }

    @Override
    public List<SelfAssessment> selfAssessmentsOf(String modelId) {
        return evaluation.get(QueryUri.of("/api/v1/self-assessments").param("modelId", modelId),
                new ParameterizedTypeReference<>() { });
    }

    @Override
    public SelfAssessment file(SelfAssessmentDraft draft) {
        return evaluation.post("/api/v1/self-assessments", draft,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()), SelfAssessment.class);
    }

    @Override
    public List<OverdueSelfAssessment> overdueSelfAssessments(String unitCode) {
        return evaluation.get(QueryUri.of("/api/v1/self-assessments/overdue").param("unit", unitCode),
                new ParameterizedTypeReference<>() { });
    }

    @Override
    public List<Evaluation> evaluationsOf(String modelId) {
        return evaluation.get(QueryUri.of("/api/v1/evaluations").param("modelId", modelId),
                new ParameterizedTypeReference<>() { });
    }

    @Override
    public Evaluation evaluate(EvaluationDraft draft) {
        return evaluation.post("/api/v1/evaluations", draft, Map.of("Idempotency-Key", UUID.randomUUID().toString()),
                Evaluation.class);
    }

    @Override
    public Evaluation cancelEvaluation(String evaluationId, String reason) {
        return evaluation.post("/api/v1/evaluations/" + PathIds.composedKey(evaluationId) + "/cancellation",
                Map.of("reason", reason == null ? "" : reason.strip()), Evaluation.class);
    }

    @Override
    public Evaluation correctVerdict(String evaluationId, boolean recognized, String reason) {
        return evaluation.post("/api/v1/evaluations/" + PathIds.composedKey(evaluationId) + "/correction",
                Map.of("recognized", recognized, "reason", reason == null ? "" : reason.strip()), Evaluation.class);
    }

    @Override
    public List<InspectionPlan> inspectionPlans(String unitCode, Integer year) {
        return evaluation.get(QueryUri.of("/api/v1/inspection-plans").param("unit", unitCode).param("year", year),
                new ParameterizedTypeReference<>() { });
    }

    @Override
    public InspectionPlan inspectionPlan(String planId) {
        return evaluation.get(QueryUri.of("/api/v1/inspection-plans/" + PathIds.checked(planId)),
                InspectionPlan.class);
    }

    @Override
    public InspectionPlan publish(PlanDraft draft) {
        return evaluation.post("/api/v1/inspection-plans", draft,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()), InspectionPlan.class);
    }

    @Override
    public InspectionPlan.Inspection recordInspection(String planId, InspectionDraft draft) {
        return evaluation.post("/api/v1/inspection-plans/" + PathIds.checked(planId) + "/inspections", draft,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()), InspectionPlan.Inspection.class);
    }

    @Override
    public InspectionPlan.Inspection cancelInspection(String inspectionId, String reason) {
        return evaluation.post("/api/v1/inspections/" + PathIds.composedKey(inspectionId) + "/cancellation",
                Map.of("reason", reason == null ? "" : reason.strip()), InspectionPlan.Inspection.class);
    }

    @Override
    public InspectionPlan.Inspection correctInspection(String inspectionId, String findings, String minutes,
                                                       String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("findings", findings == null ? "" : findings.strip());
        body.put("minutes", minutes == null || minutes.isBlank() ? null : minutes);
        body.put("reason", reason == null ? "" : reason.strip());
        return evaluation.post("/api/v1/inspections/" + PathIds.composedKey(inspectionId) + "/correction", body,
                InspectionPlan.Inspection.class);
    }

    @Override
    public List<Deadline> deadlines(String unitCode, Integer year) {
        return evaluation.get(QueryUri.of("/api/v1/deadlines").param("unit", unitCode).param("year", year),
                DeadlineListing.class).items();
    }
}
