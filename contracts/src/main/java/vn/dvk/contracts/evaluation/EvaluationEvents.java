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

    public static final List<EventType<?>> ALL = List.of(REVIEW_DECIDED, SELF_ASSESSMENT_FILED,
            MODEL_RECOGNITION_DECIDED);

    private EvaluationEvents() {
    }
}
