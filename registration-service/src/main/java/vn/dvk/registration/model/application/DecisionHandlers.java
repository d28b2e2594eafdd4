package vn.dvk.registration.model.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.ModelRecognitionDecided;
import vn.dvk.contracts.evaluation.ReviewDecided;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.registration.model.domain.IllegalTransition;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.ModelAction;
import vn.dvk.registration.model.domain.RefusedDecision;
import vn.dvk.registration.model.domain.RefusedDecisions;

/**
 * Applies the decisions evaluation-service announces. A decision the lifecycle refuses, one made on a version of the
 * model the unit has edited since, or one about a model this registry does not hold is a business refusal, not a failure: it is recorded in {@link RefusedDecisions} with the
 * reason, counted by {@code dvk.registration.transitions.rejected}, and the handler returns normally so the binder
 * neither retries nor dead-letters it. Anything else (e.g. a concurrent edit) throws and is retried.
 */
@Component
public class DecisionHandlers {

    static final String DEFAULT_DECIDER = "evaluation-service";
    private static final Logger log = LoggerFactory.getLogger(DecisionHandlers.class);

    private final ModelService models;
    private final RefusedDecisions refusals;
    private final MeterRegistry meters;
    private final Clock clock;

    public DecisionHandlers(ModelService models, RefusedDecisions refusals, MeterRegistry meters, Clock clock) {
        this.models = models;
        this.refusals = refusals;
        this.meters = meters;
        this.clock = clock;
    }

    public void onReviewDecided(InboundEvent<ReviewDecided> event) {
        ReviewDecided review = event.payload();
        ModelAction action = switch (review.decision()) {
            case APPROVE -> ModelAction.APPROVE;
            case RETURN -> ModelAction.RETURN;
            case REJECT -> ModelAction.REJECT;
        };
        Optional<Model> model = modelOf(event, review.modelId());
        model.ifPresent(current -> decide(event, current, review.modelVersion(), List.of(action), review.reason(),
                review.reviewer()));
    }

    /** The first self-assessment of an approved model starts its implementation; later ones change nothing. */
    public void onSelfAssessmentFiled(InboundEvent<SelfAssessmentFiled> event) {
        SelfAssessmentFiled filed = event.payload();
        Optional<Model> model = modelOf(event, filed.modelId());
        model.filter(current -> current.status() == ModelStatus.APPROVED).ifPresent(current -> decide(event, current,
                null, List.of(ModelAction.START_IMPLEMENTATION), "Đơn vị đã nộp báo cáo tự đánh giá kỳ "
                        + filed.periodStart() + " – " + filed.periodEnd(), filed.filedBy()));
    }

    /** Recognised or not; an approved model not yet marked as implemented passes through IN_PROGRESS first. */
    public void onRecognitionDecided(InboundEvent<ModelRecognitionDecided> event) {
        ModelRecognitionDecided decision = event.payload();
        ModelAction verdict = decision.recognized() ? ModelAction.RECOGNIZE : ModelAction.NOT_RECOGNIZE;
        modelOf(event, decision.modelId()).ifPresent(current -> decide(event, current, decision.modelVersion(),
                current.status() == ModelStatus.APPROVED
                        ? List.of(ModelAction.START_IMPLEMENTATION, verdict) : List.of(verdict),
                decision.reason(), decision.decidedBy()));
    }

    /**
     * A level corrected or cancelled its decision: a cancelled review puts the submission back to be reviewed, a
     * cancelled year-end verdict the model back to implementation, a corrected one replaces the verdict. Corrections
     * of other records change no status.
     */
    public void onDecisionCorrected(InboundEvent<DecisionCorrected> event) {
        DecisionCorrected correction = event.payload();
        List<ModelAction> actions = switch (correction.record()) {
            case REVIEW -> correction.action() == DecisionCorrected.Action.CANCELLED
                    ? List.of(ModelAction.CANCEL_REVIEW) : List.of();
            case YEAR_END_EVALUATION -> correction.action() == DecisionCorrected.Action.CANCELLED
                    ? List.of(ModelAction.CANCEL_VERDICT)
                    : List.of(ModelAction.CANCEL_VERDICT, Boolean.TRUE.equals(correction.recognized())
                    ? ModelAction.RECOGNIZE : ModelAction.NOT_RECOGNIZE);
            case EVALUATION, INSPECTION -> List.of();
        };
        if (actions.isEmpty() || correction.modelId() == null) {
            return;
        }
        String reason = (correction.action() == DecisionCorrected.Action.CANCELLED ? "Hủy" : "Sửa")
                + (correction.record() == DecisionCorrected.Record.REVIEW ? " quyết định xét duyệt: "
                : " kết quả đánh giá cuối năm: ") + correction.reason();
        modelOf(event, correction.modelId()).ifPresent(current -> decide(event, current, null, actions, reason,
                correction.correctedBy()));
    }

    private Optional<Model> modelOf(InboundEvent<?> event, String modelId) {
        Optional<Model> model = models.find(modelId);
        if (model.isEmpty()) {
            reject(event, modelId, null, "Không có mô hình mã '" + modelId + "' trong sổ đăng ký.");
        }
        return model;
    }

    /** Applies the actions unless the lifecycle forbids them or the unit edited the model after the decided version. */
    private void decide(InboundEvent<?> event, Model current, Long decidedVersion, List<ModelAction> actions,
                        String reason, String by) {
        String decider = by == null || by.isBlank() ? DEFAULT_DECIDER : by.strip();
        try {
            current.requireUneditedSince(decidedVersion);
            models.decide(current, actions, reason, decider, event.id());
        } catch (IllegalTransition refused) {
            reject(event, current.id(), current.status(), refused.getMessage());
        }
    }

    private void reject(InboundEvent<?> event, String modelId, ModelStatus status, String reason) {
        log.warn("refused {} {} for model {}: {}", event.type(), event.id(), modelId, reason);
        refusals.record(new RefusedDecision(event.id(), event.type(), modelId, event.unitPath(), status, reason,
                event.source(), clock.instant()));
        Counter.builder("dvk.registration.transitions.rejected").tag("type", event.type())
                .description("Decision events the model lifecycle refused").register(meters).increment();
    }

    /** The refusals recorded for a model, oldest first. */
    public List<RefusedDecision> refusalsOf(String modelId) {
        return refusals.of(modelId);
    }
}
