package vn.dvk.evaluation.demo.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.dvk.evaluation.demo.application.DemoExemplaryFixtures.demoModel;
import static vn.dvk.evaluation.demo.application.DemoExemplaryFixtures.modelOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.ReviewDecision;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.ReviewDecided;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.evaluation.support.InMemoryEvaluation;

class DemoExemplaryModelsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Map<String, Map<String, Double>> figuresByModel(InMemoryEvaluation instance) {
        return instance.outbox().payloads(EvaluationEvents.SELF_ASSESSMENT_FILED).stream()
                .collect(Collectors.toMap(SelfAssessmentFiled::modelId, filed -> filed.indicators().stream()
                        .collect(Collectors.toMap(SelfAssessmentFiled.Indicator::code,
                                SelfAssessmentFiled.Indicator::value))));
    }

    @Test
    void given_the_six_models_registered_when_loaded_then_each_committee_approves_its_models_once() {
        InMemoryEvaluation province = InMemoryEvaluation.serving("14", TODAY);
        DemoExemplaryModels.SEED_004.forEach(e -> province.knows(demoModel(e, ModelStatus.REGISTERED, 1)));

        boolean done = province.demoExemplaryModels().load();
        province.demoExemplaryModels().load();

        assertThat(done).isFalse();
        assertThat(province.outbox().payloads(EvaluationEvents.REVIEW_DECIDED))
                .extracting(ReviewDecided::modelId, ReviewDecided::decision, ReviewDecided::reviewer)
                .containsExactlyInAnyOrder(DemoExemplaryModels.SEED_004.stream().map(e -> tuple(e.modelId(),
                        ReviewDecision.APPROVE, e.committeeUnit().equals("14")
                                ? "Ban Chỉ đạo tỉnh Sơn La (bcd.14)" : "Ban Chỉ đạo huyện Yên Châu (bcd.124)"))
                        .toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(province.outbox().payloads(EvaluationEvents.SELF_ASSESSMENT_FILED)).isEmpty();
    }

    @Test
    void given_the_six_models_approved_when_loaded_then_each_has_the_second_half_of_2022_with_the_figures_of_seed_004() {
        InMemoryEvaluation province = InMemoryEvaluation.serving("14", TODAY);
        DemoExemplaryModels.SEED_004.forEach(e -> province.knows(demoModel(e, ModelStatus.REGISTERED, 1)));
        province.demoExemplaryModels().load();
        DemoExemplaryModels.SEED_004.forEach(e -> province.knows(demoModel(e, ModelStatus.APPROVED, 2)));

        boolean done = province.demoExemplaryModels().load();
        boolean again = province.demoExemplaryModels().load();

        assertThat(done).isTrue();
        assertThat(again).isTrue();
        List<SelfAssessmentFiled> filed = province.outbox().payloads(EvaluationEvents.SELF_ASSESSMENT_FILED);
        assertThat(filed).hasSize(6).allSatisfy(assessment -> {
            assertThat(assessment.year()).isEqualTo(2022);
            assertThat(assessment.periodStart()).isEqualTo(LocalDate.of(2022, 7, 1));
            assertThat(assessment.periodEnd()).isEqualTo(LocalDate.of(2022, 12, 31));
        });
        Map<String, Map<String, Double>> figures = figuresByModel(province);
        assertThat(figures.get(modelOf("yc-2022-001"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "INCOME_VND_PER_YEAR", 500_000_000d, "SEEDLINGS_SUPPLIED", 20_000d));
        assertThat(figures.get(modelOf("yc-2022-002"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "INCOME_VND_PER_YEAR", 600_000_000d, "JOBS_CREATED", 8d));
        assertThat(figures.get(modelOf("yc-2022-003"))).containsExactlyEntriesOf(Map.of(
                "INCOME_VND_PER_YEAR", 1_000_000_000d));
        assertThat(figures.get(modelOf("yc-2022-004"))).containsExactlyEntriesOf(Map.of(
                "INCOME_VND_PER_YEAR", 1_400_000_000d));
        assertThat(figures.get(modelOf("yc-2022-005"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "INCOME_VND_PER_YEAR", 500_000_000d, "JOBS_CREATED", 3d));
        assertThat(figures.get(modelOf("yc-2022-006"))).containsExactlyEntriesOf(Map.of(
                "INCOME_VND_PER_YEAR", 500_000_000d));
        assertThat(filed).filteredOn(a -> a.modelId().equals(modelOf("yc-2022-004")))
                .extracting(SelfAssessmentFiled::filedBy).containsExactly("Xã Tú Nang");
    }

    @Test
    void given_a_district_instance_when_loaded_then_only_the_districts_four_models_are_decided_and_it_completes() {
        InMemoryEvaluation district = InMemoryEvaluation.serving("124", TODAY);
        DemoExemplaryModels.SEED_004.forEach(e -> district.knows(demoModel(e, ModelStatus.REGISTERED, 1)));
        district.demoExemplaryModels().load();
        DemoExemplaryModels.SEED_004.stream().filter(e -> e.committeeUnit().equals("124"))
                .forEach(e -> district.knows(demoModel(e, ModelStatus.APPROVED, 2)));

        boolean done = district.demoExemplaryModels().load();

        assertThat(done).isTrue();
        assertThat(district.outbox().payloads(EvaluationEvents.REVIEW_DECIDED)).hasSize(4);
        assertThat(figuresByModel(district)).containsOnlyKeys(modelOf("yc-2022-003"), modelOf("yc-2022-004"),
                modelOf("yc-2022-005"), modelOf("yc-2022-006"));
    }

    @Test
    void given_the_models_not_yet_announced_when_loaded_then_nothing_is_decided_and_loading_goes_on() {
        InMemoryEvaluation province = InMemoryEvaluation.serving("14", TODAY);

        assertThat(province.demoExemplaryModels().load()).isFalse();
        assertThat(province.outbox().payloads(EvaluationEvents.REVIEW_DECIDED)).isEmpty();
    }
}
