package vn.dvk.evaluation.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.TeamRole;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.evaluation.inspection.domain.InspectionPlan;
import vn.dvk.evaluation.support.InMemoryEvaluation;
import vn.dvk.platform.domain.Rejection;

/** A commune instance keeps the inspection plans its district issued on the district's instance (ADR 0018). */
class InspectionPlansFlowDownTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 3, 1);

    private final InMemoryEvaluation district = InMemoryEvaluation.serving("124", TODAY);
    private final InMemoryEvaluation commune = InMemoryEvaluation.serving("04096", TODAY);

    private InspectionPlanPublished districtPlanTargeting(String unitCode) {
        district.inspectionPlanService().publish(new InspectionPlanService.PublishPlan(2022,
                InspectionRound.MID_YEAR, "Kiểm tra giữa năm 2022", "81/QĐ-UBND", LocalDate.of(2022, 1, 27), "124",
                List.of(new InspectionPlanService.TargetDraft(unitCode, null, null, "team-1")),
                List.of(new InspectionPlan.TeamDraft("team-1", "Đoàn kiểm tra số 1", List.of(
                        new InspectionPlan.Member("Lò Văn Khánh", "Trưởng ban", TeamRole.HEAD)))),
                "Ban Chỉ đạo huyện Yên Châu", null, false));
        List<InspectionPlanPublished> published = district.outbox()
                .payloads(EvaluationEvents.INSPECTION_PLAN_PUBLISHED);
        return published.get(published.size() - 1);
    }

    @Test
    void given_a_district_plan_targeting_the_commune_when_the_commune_follows_it_then_it_lists_the_plan() {
        InspectionPlanPublished published = districtPlanTargeting("04096");

        commune.inspectionPlanService().follow(published);

        assertThat(commune.inspectionPlanService().plans("14/124/04096", 2022))
                .extracting(view -> view.plan().id(), view -> view.plan().issuingUnitCode())
                .containsExactly(tuple(published.planId(), "124"));
        assertThat(commune.inspectionPlanService().get(published.planId()).plan().targets())
                .extracting(InspectionPlan.Target::unitCode).containsExactly("04096");
        assertThat(commune.outbox().typesAbout(published.planId())).isEmpty();
    }

    @Test
    void given_a_followed_district_plan_when_the_commune_records_its_inspection_then_only_the_district_may() {
        InspectionPlanPublished published = districtPlanTargeting("04096");
        commune.inspectionPlanService().follow(published);

        assertThatThrownBy(() -> commune.inspectionPlanService().recordInspection(published.planId(),
                new InspectionPlanService.RecordInspection("t1", TODAY, "Thực hiện tốt", null, "Đoàn số 1")))
                .isInstanceOfSatisfying(Rejection.class,
                        e -> assertThat(e.code()).isEqualTo("plan-of-a-higher-level"));
    }

    @Test
    void given_a_plan_issued_inside_the_scope_when_its_event_comes_back_then_the_issuing_instance_copies_nothing() {
        InspectionPlanPublished published = districtPlanTargeting("04096");
        InspectionPlan issued = district.inspectionPlanService().get(published.planId()).plan();

        district.inspectionPlanService().follow(published);

        assertThat(district.inspectionPlanService().get(published.planId()).plan()).isEqualTo(issued);
        assertThat(district.outbox().typesAbout(published.planId()))
                .containsExactly(EvaluationEvents.INSPECTION_PLAN_PUBLISHED.name());
    }
}
