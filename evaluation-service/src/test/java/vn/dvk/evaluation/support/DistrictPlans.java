package vn.dvk.evaluation.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.TeamRole;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.Topics;
import vn.dvk.testsupport.TopicProbe;

/** District Yên Châu's (124) inspection plans, published on {@code dvk.evaluation} as its own instance would. */
public final class DistrictPlans {

    private DistrictPlans() {
    }

    /** Publishes district 124's mid-year 2022 plan {@code planId}, whose one target is the commune named. */
    public static void publishMidYear2022(String planId, String communeCode, String communePath, String communeName) {
        InspectionPlanPublished published = new InspectionPlanPublished(planId, "124", "14/124", 2022,
                InspectionRound.MID_YEAR, "Kiểm tra giữa năm 2022", "81/QĐ-UBND", LocalDate.of(2022, 1, 27),
                List.of(new InspectionPlanPublished.Target("t1", communeCode, communePath, communeName, null,
                        "team-1")),
                List.of(new InspectionPlanPublished.Team("team-1", "Đoàn kiểm tra số 1", List.of(
                        new InspectionPlanPublished.Member("Lò Văn Khánh", "Trưởng ban", TeamRole.HEAD)))),
                "Ban Chỉ đạo huyện Yên Châu", Instant.now());
        TopicProbe.send(Topics.EVALUATION, CloudEvent.of(EvaluationEvents.INSPECTION_PLAN_PUBLISHED,
                "/dvk/evaluation-service/124", planId, "14/124", 1),
                JsonMapper.builder().build().writeValueAsString(published));
    }
}
