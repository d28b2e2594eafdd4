package vn.dvk.contracts.evaluation;

import static vn.dvk.contracts.EventSchemaAssertions.assertMatchesSchema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ReviewDecision;

class EvaluationEventSchemaTest {

    private static final Instant NOW = Instant.parse("2022-12-10T02:00:00Z");

    @Test
    void every_evaluation_event_serialises_to_json_its_schema_accepts() {
        assertMatchesSchema(EvaluationEvents.REVIEW_DECIDED, new ReviewDecided("r-1", "m-1", "14/124/04096",
                ReviewDecision.RETURN, "Bổ sung thời gian thực hiện", "Ban Dân vận Huyện ủy", NOW));
        assertMatchesSchema(EvaluationEvents.SELF_ASSESSMENT_FILED, new SelfAssessmentFiled("s-1", "m-1",
                "14/124/04096", 2022, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31), 40,
                List.of(new SelfAssessmentFiled.Indicator("INCOME_VND_PER_YEAR", 5.0e8, "VND/năm")),
                null, null, "UBND xã Lóng Phiêng", NOW));
        assertMatchesSchema(EvaluationEvents.MODEL_RECOGNITION_DECIDED, new ModelRecognitionDecided("e-1", "m-1",
                "14/124/04096", 2022, true, 8.6, "Thiết thực, hiệu quả", "Đoàn kiểm tra số 1", NOW));
    }
}
