package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.testsupport.ServiceClient;

/**
 * Issue 17's acceptance across the services, each in its own process: twenty year-end evaluations of one model sent
 * at once store exactly one verdict at evaluation-service, registration's status and history show that one verdict,
 * reporting counts the model once; the verdict cancelled with a reason moves the model back at registration, whose
 * history shows the verdict and its cancellation, and reporting no longer counts it as recognised.
 */
@OnTheSharedStack
class YearEndRaceSystemTest {

    private static final Duration EVENTUAL = Duration.ofSeconds(90);
    private static final int RACERS = 20;
    private static final String STATISTICS = "/api/v1/statistics/models?unit=04078&year=2021";
    private final SystemUnderTest system = SystemUnderTest.get();

    private List<String> verdictsInHistory(String modelId) {
        List<String> verdicts = new ArrayList<>();
        for (JsonNode entry : SystemUnderTest.get(system.registration, "/api/v1/models/" + modelId + "/history")
                .json()) {
            String to = entry.path("to").asString();
            if (to.equals("RECOGNIZED") || to.equals("NOT_RECOGNIZED")) {
                verdicts.add(to);
            }
        }
        return verdicts;
    }

    private JsonNode statistics() {
        return SystemUnderTest.get(system.reporting, STATISTICS).json();
    }

    private static ServiceClient.Reply accepted(Supplier<ServiceClient.Reply> command) {
        return SystemUnderTest.retriedUntilCreated(EVENTUAL, command);
    }

    @Test
    void twenty_parallel_verdicts_store_one_the_services_agree_and_agree_again_after_its_cancellation()
            throws Exception {
        ServiceClient.Reply registered = SystemUnderTest.post(system.registration, "/api/v1/models", """
                {"year": 2021, "unitCode": "04078", "level": "DISTRICT", "field": "ECONOMY",
                 "ownerType": "COLLECTIVE", "kind": "MODEL", "name": "Mô hình nuôi bò vỗ béo tập trung",
                 "address": "bản Hặc, xã Chiềng Hặc", "content": "Liên kết hộ nuôi bò vỗ béo, bao tiêu đầu ra",
                 "ownerName": "Tổ hợp tác chăn nuôi bản Hặc", "personInCharge": "Cầm Văn Sơn",
                 "startDate": "2021-01-01", "endDate": "2021-12-31"}
                """);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String modelId = registered.json().path("id").asString();
        ServiceClient yenChauCommittee = new ServiceClient(system.evaluation.url("")).asNamed("yenchau.bcd",
                "Ban Chỉ đạo huyện Yên Châu", "124", "STEERING_MEMBER");

        accepted(() -> yenChauCommittee.post("/api/v1/reviews", """
                {"modelId": "%s", "decision": "APPROVE", "reason": "Phù hợp, khả thi"}""".formatted(modelId)));
        system.awaitModelStatus(modelId, "APPROVED", EVENTUAL);
        for (String[] period : new String[][] {{"2021-01-01", "2021-03-31", "30"}, {"2021-04-01", "2021-06-30", "60"},
                {"2021-07-01", "2021-12-31", "100"}}) {
            accepted(() -> SystemUnderTest.post(system.evaluation, "/api/v1/self-assessments", """
                    {"modelId": "%s", "periodStart": "%s", "periodEnd": "%s", "progressPercent": %s,
                     "indicators": [{"code": "HOUSEHOLDS_JOINING", "value": 15}]}"""
                    .formatted(modelId, period[0], period[1], period[2])));
        }
        String planId = accepted(() -> yenChauCommittee.post("/api/v1/inspection-plans", """
                {"year": 2021, "round": "YEAR_END", "name": "Kiểm tra, đánh giá cuối năm 2021 mô hình %s",
                 "issuingUnitCode": "124", "targets": [{"modelId": "%s", "teamKey": "d1"}],
                 "teams": [{"key": "d1", "name": "Đoàn kiểm tra số 2",
                            "members": [{"name": "Lò Văn Minh", "role": "HEAD"},
                                        {"name": "Cầm Thị Hoa", "role": "MEMBER"}]}]}"""
                .formatted(modelId, modelId))).json().at("/plan/id").asString();
        accepted(() -> yenChauCommittee.post("/api/v1/inspection-plans/" + planId + "/inspections", """
                {"targetId": "t1", "inspectedOn": "2021-12-10", "findings": "15 hộ tham gia, đầu ra ổn định"}"""));
        system.awaitModelStatus(modelId, "IN_PROGRESS", EVENTUAL);
        await("evaluation-service sees the model in progress").atMost(EVENTUAL).pollInterval(Duration.ofMillis(300))
                .until(() -> "IN_PROGRESS".equals(SystemUnderTest.get(system.evaluation, "/api/v1/known-models/"
                        + modelId).json().path("status").asString()));

        String verdict = """
                {"modelId": "%s", "round": "YEAR_END", "year": 2021, "planId": "%s",
                 "scores": [{"criterion": "PRACTICAL_EFFECTIVE", "score": 9}, {"criterion": "SUSTAINABLE", "score": 8},
                            {"criterion": "REPLICABLE", "score": 8}, {"criterion": "ENGAGES_PEOPLE", "score": 9},
                            {"criterion": "HONEST", "score": 9}],
                 "recognized": true, "reason": "Đạt tiêu chí mô hình Dân vận khéo"}""".formatted(modelId, planId);
        List<ServiceClient.Reply> replies = new ArrayList<>();
        ExecutorService racers = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ServiceClient.Reply>> sent = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                sent.add(racers.submit(() -> {
                    start.await();
                    return yenChauCommittee.post("/api/v1/evaluations", verdict);
                }));
            }
            start.countDown();
            for (Future<ServiceClient.Reply> reply : sent) {
                replies.add(reply.get());
            }
        } finally {
            racers.shutdownNow();
        }

        assertThat(replies).extracting(ServiceClient.Reply::status).as("one verdict stored, the others refused")
                .containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        String evaluationId = replies.stream().filter(reply -> reply.status() == 201).findFirst().orElseThrow()
                .text("id");
        assertThat(SystemUnderTest.get(system.evaluation, "/api/v1/evaluations?modelId=" + modelId).json())
                .singleElement().satisfies(stored -> assertThat(stored.path("id").asString()).isEqualTo(evaluationId));
        system.awaitModelStatus(modelId, "RECOGNIZED", EVENTUAL);
        await("reporting counts the model once, as recognised").atMost(EVENTUAL).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    assertThat(statistics().path("byStatus").path("RECOGNIZED").asInt()).isEqualTo(1);
                    assertThat(statistics().path("total").asInt()).isEqualTo(1);
                });
        assertThat(verdictsInHistory(modelId)).containsExactly("RECOGNIZED");

        ServiceClient.Reply cancelled = yenChauCommittee.post("/api/v1/evaluations/" + evaluationId
                + "/cancellation", "{\"reason\": \"Đoàn nhập nhầm kết quả của mô hình khác\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        system.awaitModelStatus(modelId, "IN_PROGRESS", EVENTUAL);
        String history = SystemUnderTest.get(system.registration, "/api/v1/models/" + modelId + "/history").body();
        assertThat(history).as("history shows the verdict and its cancellation")
                .contains("Đạt tiêu chí mô hình Dân vận khéo", "Đoàn nhập nhầm kết quả của mô hình khác");
        assertThat(verdictsInHistory(modelId)).containsExactly("RECOGNIZED");
        await("reporting no longer counts it as recognised").atMost(EVENTUAL).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    JsonNode statistics = statistics();
                    assertThat(statistics.path("byStatus").path("RECOGNIZED").asInt()).isZero();
                    assertThat(statistics.path("byStatus").path("IN_PROGRESS").asInt()).isEqualTo(1);
                    assertThat(statistics.path("total").asInt()).isEqualTo(1);
                });
        assertThat(SystemUnderTest.get(system.evaluation, "/api/v1/evaluations/" + evaluationId).json()
                .at("/correction/action").asString()).isEqualTo("CANCELLED");
    }
}
