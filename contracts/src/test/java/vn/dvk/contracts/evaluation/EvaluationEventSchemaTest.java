package vn.dvk.contracts.evaluation;

import static vn.dvk.contracts.EventSchemaAssertions.assertMatchesSchema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.Criterion;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.ReviewDecision;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.contracts.catalog.TeamRole;
import vn.dvk.contracts.catalog.Title;

class EvaluationEventSchemaTest {

    private static final Instant NOW = Instant.parse("2022-12-10T02:00:00Z");

    @Test
    void every_evaluation_event_serialises_to_json_its_schema_accepts() {
        assertMatchesSchema(EvaluationEvents.REVIEW_DECIDED, new ReviewDecided("r-1", "m-1", "14/124/04096",
                ReviewDecision.RETURN, "Bổ sung thời gian thực hiện", "Ban Dân vận Huyện ủy", NOW, 3L));
        assertMatchesSchema(EvaluationEvents.SELF_ASSESSMENT_FILED, new SelfAssessmentFiled("s-1", "m-1",
                "14/124/04096", 2022, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31), 40,
                List.of(new SelfAssessmentFiled.Indicator("INCOME_VND_PER_YEAR", 5.0e8, "VND/năm")),
                null, null, "UBND xã Lóng Phiêng", NOW));
        assertMatchesSchema(EvaluationEvents.MODEL_RECOGNITION_DECIDED, new ModelRecognitionDecided("e-1", "m-1",
                "14/124/04096", 2022, true, 8.6, "Thiết thực, hiệu quả", "Đoàn kiểm tra số 1", NOW, 5L));
        assertMatchesSchema(EvaluationEvents.SELF_ASSESSMENT_OVERDUE, new SelfAssessmentOverdue("m-1",
                "14/124/04096", 2022, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 10),
                NOW));
        assertMatchesSchema(EvaluationEvents.DEADLINE_APPROACHING, new DeadlineApproaching(
                DeadlineApproaching.Deadline.SELF_ASSESSMENT, "04096", "14/124/04096", "m-1",
                "Mô hình trồng lê Tai nung (kỳ 2022-04-01 – 2022-06-30)", null, LocalDate.of(2022, 7, 10), 7, NOW));
        assertMatchesSchema(EvaluationEvents.INSPECTION_PLAN_PUBLISHED, new InspectionPlanPublished("p-1", "124",
                "14/124", 2022, InspectionRound.YEAR_END, "Kế hoạch kiểm tra năm 2022", "81/QĐ-UBND",
                LocalDate.of(2022, 1, 27),
                List.of(new InspectionPlanPublished.Target("t-1", "04096", "14/124/04096", "Xã Lóng Phiêng", null,
                        "team-1")),
                List.of(new InspectionPlanPublished.Team("team-1", "Đoàn kiểm tra số 1", List.of(
                        new InspectionPlanPublished.Member("Lò Văn A", "Phó Trưởng ban Dân vận", TeamRole.HEAD)))),
                "UBND huyện Yên Châu", NOW));
        assertMatchesSchema(EvaluationEvents.INSPECTION_COMPLETED, new InspectionCompleted("i-1", "p-1", "t-1",
                2022, InspectionRound.YEAR_END, "04096", "14/124/04096", "Xã Lóng Phiêng", null, "team-1",
                LocalDate.of(2022, 11, 10), "Triển khai đầy đủ", "Đoàn kiểm tra số 1", NOW));
        assertMatchesSchema(EvaluationEvents.MODEL_EVALUATED, new ModelEvaluated("e-1", "m-1", "14/124/04096", 2022,
                InspectionRound.YEAR_END, "p-1", "team-1",
                List.of(new ModelEvaluated.Score(Criterion.PRACTICAL_EFFECTIVE, 9, 0.3, "Thu nhập cao")), 9.0, true,
                List.of(new SelfAssessmentFiled.Indicator("INCOME_VND_PER_YEAR", 1.0e9, "VND/năm")),
                "Đoàn kiểm tra số 1", NOW));
        assertMatchesSchema(EvaluationEvents.TASK_RATING_RECORDED, new TaskRatingRecorded("r-1", RatedSubject.UNIT,
                "04096", "14/124/04096", null, 2022, TaskRating.EXCELLENT, "UBND huyện Yên Châu", NOW, null, 1, null));
        assertMatchesSchema(EvaluationEvents.TASK_RATING_RECORDED, new TaskRatingRecorded("r-2",
                RatedSubject.INDIVIDUAL, "04096", "14/124/04096", "Nguyễn Hương Bông", 2022, TaskRating.GOOD,
                "UBND xã Lóng Phiêng", NOW, "person-1", 2, "Nhập nhầm mức xếp loại"));
        assertMatchesSchema(EvaluationEvents.TITLE_RECORDED, new TitleRecorded("t-1", Title.CULTURAL_VILLAGE,
                "04096", "14/124/04096", "Bản Cồn Huôt 1", 2022, "UBND xã Lóng Phiêng", NOW, List.of(), 1, null));
        assertMatchesSchema(EvaluationEvents.TITLE_RECORDED, new TitleRecorded("t-2", Title.CULTURAL_FAMILY,
                "04096", "14/124/04096", "Gia đình ông Nguyễn Hương Bông", 2022, "UBND xã Lóng Phiêng", NOW,
                List.of("person-1"), 2, "Sai năm"));
        assertMatchesSchema(EvaluationEvents.DECISION_CORRECTED, new DecisionCorrected(
                DecisionCorrected.Record.YEAR_END_EVALUATION, "m-1:year-end:2022", "m-1", "14/124/04096",
                DecisionCorrected.Action.CANCELLED, null, 2022, null, null, "Nhập nhầm kết quả của mô hình khác",
                "Ban Chỉ đạo xã Lóng Phiêng", NOW));
        assertMatchesSchema(EvaluationEvents.DECISION_CORRECTED, new DecisionCorrected(
                DecisionCorrected.Record.REVIEW, "r-1", "m-1", "14/124/04096", DecisionCorrected.Action.CANCELLED,
                "APPROVE", null, null, null, "Phê duyệt nhầm", "Ban Chỉ đạo xã Lóng Phiêng", NOW));
        assertMatchesSchema(EvaluationEvents.DECISION_CORRECTED, new DecisionCorrected(
                DecisionCorrected.Record.INSPECTION, "p-1:t-1", null, "14/124/04096",
                DecisionCorrected.Action.CORRECTED, null, 2022, null, "Chưa lập sổ theo dõi thu nhập của hộ",
                "Ghi nhầm biên bản của xã khác", "Ban Chỉ đạo huyện Yên Châu", NOW));
        assertMatchesSchema(EvaluationEvents.DECISION_CORRECTED, new DecisionCorrected(
                DecisionCorrected.Record.INSPECTION, "p-1:t-2", "m-1", "14/124/04096",
                DecisionCorrected.Action.CANCELLED, null, 2022, null, null, "Đoàn chưa đến kiểm tra",
                "Ban Chỉ đạo huyện Yên Châu", NOW));
        assertMatchesSchema(EvaluationEvents.CAMPAIGN_DEADLINES_SET, new CampaignDeadlinesSet("c-1", "124", "14/124",
                MonthDay.of(6, 20), MonthDay.of(12, 10), MonthDay.of(12, 31), NOW));
    }
}
