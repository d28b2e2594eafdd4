package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.testsupport.ServiceClient;

/**
 * One model through its whole life across the services: registered, returned with a reason, edited and resubmitted,
 * approved, self-assessed, recognised at the year-end evaluation. Registration's history shows every step with who
 * and why, and reporting's byStatus follows.
 */
@OnTheSharedStack
class ModelLifecycleSystemTest {

    private static final Duration EVENTUAL = Duration.ofSeconds(60);
    private final SystemUnderTest system = SystemUnderTest.get();

    private static ServiceClient.Reply accepted(Supplier<ServiceClient.Reply> command) {
        return SystemUnderTest.retriedUntilCreated(EVENTUAL, command);
    }

    @Test
    void a_model_goes_from_registration_to_recognition_and_every_step_is_recorded() {
        ServiceClient.Reply registered = SystemUnderTest.post(system.registration, "/api/v1/models", """
                {"year": 2023, "unitCode": "04105", "level": "DISTRICT", "field": "ECONOMY",
                 "ownerType": "INDIVIDUAL", "kind": "MODEL", "name": "Mô hình trồng xoài trên đất dốc",
                 "address": "bản Hát Lót, thị trấn Hát Lót", "content": "Chuyển đổi cây trồng trên đất dốc",
                 "ownerName": "Hộ ông Lò Văn Hùng", "personInCharge": "Lò Văn Hùng",
                 "startDate": "2023-01-01", "endDate": "2023-12-31"}
                """);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String modelId = registered.json().path("id").asString();
        // A district-level model: Mai Sơn's Steering Committee reviews and evaluates it, and is who the history names.
        ServiceClient maiSonCommittee = new ServiceClient(system.evaluation.url("")).asNamed("maison.bcd",
                "Ban Dân vận Huyện ủy Mai Sơn", "125", "STEERING_MEMBER");
        ServiceClient inspectionTeam = new ServiceClient(system.evaluation.url("")).asNamed("maison.doan1",
                "Đoàn kiểm tra số 1", "125", "STEERING_MEMBER");

        accepted(() -> maiSonCommittee.post("/api/v1/reviews", """
                {"modelId": "%s", "decision": "RETURN", "reason": "Bổ sung kế hoạch và nguồn lực thực hiện"}"""
                .formatted(modelId)));
        system.awaitModelStatus(modelId, "RETURNED", EVENTUAL);

        JsonNode returned = SystemUnderTest.get(system.registration, "/api/v1/models/" + modelId).json();
        ServiceClient.Reply edited = SystemUnderTest.send(system.registration, "PUT", "/api/v1/models/" + modelId,
                """
                {"year": 2023, "unitCode": "04105", "level": "DISTRICT", "field": "ECONOMY",
                 "ownerType": "INDIVIDUAL", "kind": "MODEL", "name": "Mô hình trồng xoài trên đất dốc",
                 "address": "bản Hát Lót, thị trấn Hát Lót",
                 "content": "Chuyển đổi cây trồng trên đất dốc; kế hoạch, nguồn lực và phân công thành viên",
                 "ownerName": "Hộ ông Lò Văn Hùng", "personInCharge": "Lò Văn Hùng",
                 "startDate": "2023-01-01", "endDate": "2023-12-31"}
                """, Map.of("If-Match", returned.path("version").asString()));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("status").asString()).isEqualTo("REGISTERED");

        accepted(() -> maiSonCommittee.post("/api/v1/reviews", """
                {"modelId": "%s", "decision": "APPROVE", "reason": "Phù hợp, khả thi"}""".formatted(modelId)));
        system.awaitModelStatus(modelId, "APPROVED", EVENTUAL);

        accepted(() -> SystemUnderTest.post(system.evaluation, "/api/v1/self-assessments", """
                {"modelId": "%s", "periodStart": "2023-01-01", "periodEnd": "2023-03-31", "progressPercent": 35,
                 "indicators": [{"code": "INCOME_VND_PER_YEAR", "value": 450000000},
                                {"code": "HOUSEHOLDS_JOINING", "value": 12}],
                 "difficulties": "Thiếu nước tưới mùa khô", "proposals": "Hỗ trợ hệ thống tưới nhỏ giọt"}"""
                .formatted(modelId)));
        system.awaitModelStatus(modelId, "IN_PROGRESS", EVENTUAL);
        accepted(() -> SystemUnderTest.post(system.evaluation, "/api/v1/self-assessments", """
                {"modelId": "%s", "periodStart": "2023-04-01", "periodEnd": "2023-06-30", "progressPercent": 55}"""
                .formatted(modelId)));
        accepted(() -> SystemUnderTest.post(system.evaluation, "/api/v1/self-assessments", """
                {"modelId": "%s", "periodStart": "2023-07-01", "periodEnd": "2023-12-31", "progressPercent": 100}"""
                .formatted(modelId)));
        String planId = accepted(() -> maiSonCommittee.post("/api/v1/inspection-plans", """
                {"year": 2023, "round": "YEAR_END", "name": "Kiểm tra, đánh giá cuối năm 2023",
                 "issuingUnitCode": "125", "targets": [{"modelId": "%s", "teamKey": "d1"}],
                 "teams": [{"key": "d1", "name": "Đoàn kiểm tra số 1",
                            "members": [{"name": "Lò Văn Minh", "role": "HEAD"},
                                        {"name": "Cầm Thị Hoa", "role": "MEMBER"}]}]}""".formatted(modelId)))
                .json().at("/plan/id").asString();
        accepted(() -> inspectionTeam.post("/api/v1/inspection-plans/" + planId + "/inspections", """
                {"targetId": "t1", "inspectedOn": "2023-12-10", "findings": "Cây đã cho quả, 12 hộ tham gia"}"""));

        String evaluationId = accepted(() -> inspectionTeam.post("/api/v1/evaluations", """
                {"modelId": "%s", "round": "YEAR_END", "year": 2023, "planId": "%s",
                 "scores": [{"criterion": "PRACTICAL_EFFECTIVE", "score": 9, "comment": "Thu nhập tăng rõ"},
                            {"criterion": "SUSTAINABLE", "score": 8, "comment": "Cây đã cho quả ổn định"},
                            {"criterion": "REPLICABLE", "score": 8, "comment": "Nhiều hộ học tập"},
                            {"criterion": "ENGAGES_PEOPLE", "score": 8, "comment": "12 hộ tham gia"},
                            {"criterion": "HONEST", "score": 9, "comment": "Số liệu trung thực"}],
                 "recognized": true, "reason": "Đạt tiêu chí mô hình Dân vận khéo"}""".formatted(modelId, planId)))
                .text("id");
        system.awaitModelStatus(modelId, "RECOGNIZED", EVENTUAL);

        String history = SystemUnderTest.get(system.registration, "/api/v1/models/" + modelId + "/history").body();
        assertThat(history)
                .contains("RETURNED", "Bổ sung kế hoạch và nguồn lực thực hiện", "Ban Dân vận Huyện ủy Mai Sơn")
                .contains("APPROVED", "Phù hợp, khả thi")
                .contains("IN_PROGRESS", "RECOGNIZED", "Đạt tiêu chí mô hình Dân vận khéo", "Đoàn kiểm tra số 1");

        await("reporting follows the status").atMost(EVENTUAL).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode stats = SystemUnderTest.get(system.reporting,
                    "/api/v1/statistics/models?unit=04105&year=2023").json();
            assertThat(stats.path("byStatus").path("RECOGNIZED").asInt()).isEqualTo(1);
            assertThat(stats.path("byStatus").path("REGISTERED").asInt()).isZero();
            assertThat(stats.path("total").asInt()).isEqualTo(1);
        });

        // The committee recognised the wrong model: it cancels its verdict, and every service follows.
        ServiceClient.Reply cancelled = maiSonCommittee.post("/api/v1/evaluations/" + evaluationId + "/cancellation",
                """
                {"reason": "Nhập nhầm kết quả của mô hình khác"}""");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        system.awaitModelStatus(modelId, "IN_PROGRESS", EVENTUAL);
        assertThat(SystemUnderTest.get(system.registration, "/api/v1/models/" + modelId + "/history").body())
                .as("history shows the verdict and its cancellation")
                .contains("RECOGNIZED", "Đạt tiêu chí mô hình Dân vận khéo")
                .contains("Hủy kết quả đánh giá cuối năm: Nhập nhầm kết quả của mô hình khác");
        await("reporting follows the cancellation").atMost(EVENTUAL).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    JsonNode stats = SystemUnderTest.get(system.reporting,
                            "/api/v1/statistics/models?unit=04105&year=2023").json();
                    assertThat(stats.path("byStatus").path("RECOGNIZED").asInt()).isZero();
                    assertThat(stats.path("byStatus").path("IN_PROGRESS").asInt()).isEqualTo(1);
                    assertThat(stats.path("total").asInt()).isEqualTo(1);
                });
    }
}
