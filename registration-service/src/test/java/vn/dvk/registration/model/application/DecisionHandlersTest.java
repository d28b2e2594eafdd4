package vn.dvk.registration.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvk.registration.model.ModelFixtures.aTaiNungPearModel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.ReviewDecision;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.ModelRecognitionDecided;
import vn.dvk.contracts.evaluation.ReviewDecided;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.contracts.events.EventType;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.registration.model.InMemoryModels;
import vn.dvk.registration.model.InMemoryRefusedDecisions;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.ModelAction;
import vn.dvk.registration.model.domain.RefusedDecision;
import vn.dvk.registration.support.InMemoryRegistry;

/** Decisions of evaluation-service applied to the registry, on in-memory ports. */
class DecisionHandlersTest {

    private static final Instant NOW = Instant.parse("2022-06-01T02:00:00Z");

    private final InMemoryRegistry registry = new InMemoryRegistry(NOW);
    private final InMemoryModels models = registry.models;
    private final InMemoryRefusedDecisions refusals = registry.refusals;
    private final DecisionHandlers handlers = registry.decisionHandlers();

    private static <T> InboundEvent<T> event(String id, EventType<T> type, String modelId, T payload) {
        return new InboundEvent<>(id, type.name(), "/dvk/evaluation-service/124", modelId, "14/124/04096", 1, NOW,
                payload);
    }

    private static InboundEvent<ReviewDecided> review(String eventId, String modelId, ReviewDecision decision,
                                                      String reviewer) {
        return review(eventId, modelId, decision, reviewer, null);
    }

    private static InboundEvent<ReviewDecided> review(String eventId, String modelId, ReviewDecision decision,
                                                      String reviewer, Long modelVersion) {
        return event(eventId, EvaluationEvents.REVIEW_DECIDED, modelId, new ReviewDecided("review-" + eventId,
                modelId, "14/124/04096", decision, "Bổ sung số liệu", reviewer, NOW, modelVersion));
    }

    private static InboundEvent<SelfAssessmentFiled> selfAssessment(String eventId, String modelId) {
        return event(eventId, EvaluationEvents.SELF_ASSESSMENT_FILED, modelId, new SelfAssessmentFiled("sa-1",
                modelId, "14/124/04096", 2022, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31), 30, List.of(),
                null, null, "UBND xã Lóng Phiêng", NOW));
    }

    private double refusedCount() {
        return registry.meters.find("dvk.registration.transitions.rejected").counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }

    @Test
    void given_a_registered_model_when_a_review_returns_it_then_it_is_returned_by_the_reviewer_citing_the_event() {
        Model model = aTaiNungPearModel().registered();
        models.with(model);

        handlers.onReviewDecided(review("e-1", model.id(), ReviewDecision.RETURN, "Ban Dân vận Huyện ủy"));

        Model returned = models.find(model.id()).orElseThrow();
        assertThat(returned.status()).isEqualTo(ModelStatus.RETURNED);
        assertThat(returned.lastTransition().by()).isEqualTo("Ban Dân vận Huyện ủy");
        assertThat(returned.lastTransition().reason()).isEqualTo("Bổ sung số liệu");
        assertThat(returned.lastTransition().causedByEventId()).isEqualTo("e-1");
    }

    @Test
    void given_a_review_without_a_reviewer_then_evaluation_service_is_named_as_the_decider() {
        Model model = aTaiNungPearModel().registered();
        models.with(model);

        handlers.onReviewDecided(review("e-2", model.id(), ReviewDecision.APPROVE, " "));

        assertThat(models.find(model.id()).orElseThrow().lastTransition().by()).isEqualTo("evaluation-service");
    }

    @Test
    void given_a_withdrawn_model_when_approved_then_the_refusal_is_recorded_and_counted_and_nothing_changes() {
        Model withdrawn = aTaiNungPearModel().registered().apply(ModelAction.WITHDRAW, "Dừng", "04096", NOW, null);
        models.with(withdrawn);

        handlers.onReviewDecided(review("e-3", withdrawn.id(), ReviewDecision.APPROVE, "Ban Dân vận Huyện ủy"));

        assertThat(models.find(withdrawn.id())).contains(withdrawn);
        assertThat(refusals.of(withdrawn.id())).singleElement().satisfies(refusal -> {
            assertThat(refusal.eventId()).isEqualTo("e-3");
            assertThat(refusal.statusAtArrival()).isEqualTo(ModelStatus.WITHDRAWN);
            assertThat(refusal.reason()).contains("Đã rút");
            assertThat(refusal.rejectedAt()).isEqualTo(NOW);
        });
        assertThat(refusedCount()).isEqualTo(1);
    }

    @Test
    void given_an_unknown_model_when_a_decision_arrives_then_it_is_recorded_as_refused_without_a_status() {
        handlers.onRecognitionDecided(event("e-4", EvaluationEvents.MODEL_RECOGNITION_DECIDED, "ghost",
                new ModelRecognitionDecided("ev-1", "ghost", "14/124/04096", 2022, true, 90, "Tốt",
                        "Ban Chỉ đạo huyện", NOW, 3L)));

        assertThat(refusals.of("ghost")).extracting(RefusedDecision::statusAtArrival).containsExactly((ModelStatus) null);
        assertThat(refusedCount()).isEqualTo(1);
    }

    @Test
    void given_a_model_not_approved_when_a_self_assessment_is_filed_then_nothing_changes_and_nothing_is_refused() {
        Model model = aTaiNungPearModel().registered();
        models.with(model);

        handlers.onSelfAssessmentFiled(selfAssessment("e-5", model.id()));

        assertThat(models.find(model.id())).contains(model);
        assertThat(refusals.of(model.id())).isEmpty();
    }

    @Test
    void given_an_approved_model_when_a_self_assessment_is_filed_then_its_implementation_starts() {
        Model approved = aTaiNungPearModel().registered().apply(ModelAction.APPROVE, null, "Ban Dân vận", NOW, "e-0");
        models.with(approved);

        handlers.onSelfAssessmentFiled(selfAssessment("e-6", approved.id()));

        Model started = models.find(approved.id()).orElseThrow();
        assertThat(started.status()).isEqualTo(ModelStatus.IN_PROGRESS);
        assertThat(started.lastTransition().by()).isEqualTo("UBND xã Lóng Phiêng");
    }

    @Test
    void given_an_approved_model_when_recognised_then_two_changes_are_stored() {
        Model approved = aTaiNungPearModel().registered().apply(ModelAction.APPROVE, null, "Ban Dân vận", NOW, "e-0");
        models.with(approved);

        handlers.onRecognitionDecided(event("e-7", EvaluationEvents.MODEL_RECOGNITION_DECIDED, approved.id(),
                new ModelRecognitionDecided("ev-2", approved.id(), "14/124/04096", 2022, false, 41,
                        "Chưa có sức lan tỏa", "Ban Chỉ đạo huyện", NOW, approved.version())));

        assertThat(models.changesOf(approved.id())).extracting(Model::status)
                .containsExactly(ModelStatus.IN_PROGRESS, ModelStatus.NOT_RECOGNIZED);
    }

    @Test
    void given_a_model_edited_after_the_committee_looked_when_its_review_arrives_then_it_is_refused_unchanged() {
        Model registered = aTaiNungPearModel().registered();
        Model edited = registered.edit(registered.details(), registered.unitPath(), "04096", NOW);
        models.with(edited);

        handlers.onReviewDecided(review("e-8", edited.id(), ReviewDecision.APPROVE, "Ban Dân vận",
                registered.version()));

        assertThat(models.find(edited.id())).contains(edited);
        assertThat(refusals.of(edited.id())).singleElement().satisfies(refused -> {
            assertThat(refused.statusAtArrival()).isEqualTo(ModelStatus.REGISTERED);
            assertThat(refused.reason()).contains("phiên bản 1", "phiên bản 2");
        });
        assertThat(refusedCount()).isEqualTo(1);
    }

    @Test
    void given_a_model_unchanged_since_the_decided_version_when_its_review_arrives_then_it_is_applied() {
        Model registered = aTaiNungPearModel().registered();
        models.with(registered);

        handlers.onReviewDecided(review("e-9", registered.id(), ReviewDecision.APPROVE, "Ban Dân vận",
                registered.version()));

        assertThat(models.find(registered.id()).orElseThrow().status()).isEqualTo(ModelStatus.APPROVED);
        assertThat(refusals.of(registered.id())).isEmpty();
    }

    private static InboundEvent<DecisionCorrected> correction(String eventId, String modelId,
                                                              DecisionCorrected.Record record,
                                                              DecisionCorrected.Action action, Boolean recognized) {
        return event(eventId, EvaluationEvents.DECISION_CORRECTED, modelId, new DecisionCorrected(record,
                "record-" + eventId, modelId, "14/124/04096", action, null, 2022, recognized, null,
                "Nhập nhầm kết quả", "Ban Chỉ đạo xã Lóng Phiêng", NOW));
    }

    private Model recognised() {
        Model recognised = aTaiNungPearModel().registered()
                .apply(ModelAction.APPROVE, null, "Ban Dân vận", NOW, "e-0")
                .apply(ModelAction.START_IMPLEMENTATION, null, "UBND xã", NOW, "e-1")
                .apply(ModelAction.RECOGNIZE, "Đạt", "Đoàn kiểm tra", NOW, "e-2");
        models.with(recognised);
        return recognised;
    }

    @Test
    void given_a_recognised_model_when_its_verdict_is_cancelled_then_it_is_back_in_implementation_with_the_reason() {
        Model recognised = recognised();

        handlers.onDecisionCorrected(correction("e-10", recognised.id(),
                DecisionCorrected.Record.YEAR_END_EVALUATION, DecisionCorrected.Action.CANCELLED, null));

        Model back = models.find(recognised.id()).orElseThrow();
        assertThat(back.status()).isEqualTo(ModelStatus.IN_PROGRESS);
        assertThat(back.lastTransition().reason()).isEqualTo("Hủy kết quả đánh giá cuối năm: Nhập nhầm kết quả");
        assertThat(back.lastTransition().by()).isEqualTo("Ban Chỉ đạo xã Lóng Phiêng");
        assertThat(refusals.of(recognised.id())).isEmpty();
    }

    @Test
    void given_a_recognised_model_when_its_verdict_is_corrected_to_not_recognised_then_both_changes_are_stored() {
        Model recognised = recognised();

        handlers.onDecisionCorrected(correction("e-11", recognised.id(),
                DecisionCorrected.Record.YEAR_END_EVALUATION, DecisionCorrected.Action.CORRECTED, false));

        assertThat(models.changesOf(recognised.id())).extracting(Model::status)
                .endsWith(ModelStatus.IN_PROGRESS, ModelStatus.NOT_RECOGNIZED);
    }

    @Test
    void given_an_approved_model_when_the_approval_is_cancelled_then_the_submission_awaits_a_review_again() {
        Model approved = aTaiNungPearModel().registered().apply(ModelAction.APPROVE, null, "Ban Dân vận", NOW, "e-0");
        models.with(approved);

        handlers.onDecisionCorrected(correction("e-12", approved.id(), DecisionCorrected.Record.REVIEW,
                DecisionCorrected.Action.CANCELLED, null));

        assertThat(models.find(approved.id()).orElseThrow().status()).isEqualTo(ModelStatus.REGISTERED);
    }

    @Test
    void given_a_cancelled_mid_year_evaluation_then_no_status_changes_and_nothing_is_refused() {
        Model recognised = recognised();

        handlers.onDecisionCorrected(correction("e-13", recognised.id(), DecisionCorrected.Record.EVALUATION,
                DecisionCorrected.Action.CANCELLED, null));

        assertThat(models.find(recognised.id())).contains(recognised);
        assertThat(refusals.of(recognised.id())).isEmpty();
    }
}
