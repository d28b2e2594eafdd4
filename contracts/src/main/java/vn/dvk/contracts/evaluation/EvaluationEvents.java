package vn.dvk.contracts.evaluation;

import java.util.List;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.Topics;

/** Event types owned by evaluation-service, published on {@link Topics#EVALUATION}. */
public final class EvaluationEvents {

    public static final EventType<ReviewDecided> REVIEW_DECIDED =
            new EventType<>("vn.dvk.review.decided.v1", Topics.EVALUATION, ReviewDecided.class);
    public static final EventType<SelfAssessmentFiled> SELF_ASSESSMENT_FILED =
            new EventType<>("vn.dvk.self-assessment.filed.v1", Topics.EVALUATION, SelfAssessmentFiled.class);
    public static final EventType<ModelRecognitionDecided> MODEL_RECOGNITION_DECIDED =
            new EventType<>("vn.dvk.model.recognition-decided.v1", Topics.EVALUATION, ModelRecognitionDecided.class);

    public static final EventType<SelfAssessmentOverdue> SELF_ASSESSMENT_OVERDUE =
            new EventType<>("vn.dvk.self-assessment.overdue.v1", Topics.EVALUATION, SelfAssessmentOverdue.class);
    public static final EventType<DeadlineApproaching> DEADLINE_APPROACHING =
            new EventType<>("vn.dvk.deadline.approaching.v1", Topics.EVALUATION, DeadlineApproaching.class);
    public static final EventType<InspectionPlanPublished> INSPECTION_PLAN_PUBLISHED =
            EventType.referenceData("vn.dvk.inspection-plan.published.v1", Topics.EVALUATION,
                    InspectionPlanPublished.class);
    public static final EventType<CampaignDeadlinesSet> CAMPAIGN_DEADLINES_SET =
            EventType.referenceData("vn.dvk.campaign-deadlines.set.v1", Topics.EVALUATION,
                    CampaignDeadlinesSet.class);
    public static final EventType<InspectionCompleted> INSPECTION_COMPLETED =
            new EventType<>("vn.dvk.inspection.completed.v1", Topics.EVALUATION, InspectionCompleted.class);
    public static final EventType<ModelEvaluated> MODEL_EVALUATED =
            new EventType<>("vn.dvk.model.evaluated.v1", Topics.EVALUATION, ModelEvaluated.class);
    public static final EventType<TaskRatingRecorded> TASK_RATING_RECORDED =
            new EventType<>("vn.dvk.task-rating.recorded.v1", Topics.EVALUATION, TaskRatingRecorded.class);
    public static final EventType<TitleRecorded> TITLE_RECORDED =
            new EventType<>("vn.dvk.title.recorded.v1", Topics.EVALUATION, TitleRecorded.class);
    public static final EventType<DecisionCorrected> DECISION_CORRECTED =
            new EventType<>("vn.dvk.decision.corrected.v1", Topics.EVALUATION, DecisionCorrected.class);

    public static final List<EventType<?>> ALL = List.of(REVIEW_DECIDED, SELF_ASSESSMENT_FILED,
            MODEL_RECOGNITION_DECIDED, SELF_ASSESSMENT_OVERDUE, DEADLINE_APPROACHING, INSPECTION_PLAN_PUBLISHED, INSPECTION_COMPLETED,
            MODEL_EVALUATED, TASK_RATING_RECORDED, TITLE_RECORDED,
            DECISION_CORRECTED, CAMPAIGN_DEADLINES_SET);

    private EvaluationEvents() {
    }
}
