package vn.dvk.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.evaluation.support.EvaluationApiTest;
import vn.dvk.evaluation.support.EvaluationTopic;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.evaluation.support.RegistrationFeed;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/**
 * Exactly one year-end verdict per model and year, however many requests race for it (issue 17): the store refuses
 * every second one by the verdict's id, so what evaluation-service keeps and what it announced to registration and
 * reporting are one and the same verdict.
 */
class YearEndRaceIntegrationTest extends EvaluationApiTest {

    private static final int RACERS = 20;

    @Test
    void twenty_parallel_year_end_evaluations_of_one_model_store_one_verdict_and_announce_only_it() throws Exception {
        String modelId = "race-" + UUID.randomUUID();
        RegistrationFeed.statusChanged(ModelFixtures.taiNungPears().withId(modelId).withStatus(ModelStatus.IN_PROGRESS)
                .atVersion(5).snapshot(), ModelStatus.APPROVED, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/v1/known-models/" + modelId).status() == 200);
        for (String[] half : new String[][] {{"2022-01-01", "2022-06-30"}, {"2022-07-01", "2022-12-31"}}) {
            ServiceClient.Reply filed = http.post("/api/v1/self-assessments", """
                    {"modelId": "%s", "periodStart": "%s", "periodEnd": "%s", "progressPercent": 90}"""
                    .formatted(modelId, half[0], half[1]));
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        }
        String planId = yearEndInspection(modelId, "04096", 2022);

        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ServiceClient.Reply>> racing = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            boolean recognized = i % 2 == 0;
            racing.add(pool.submit(() -> {
                start.await();
                return committeeOf("04096").post("/api/v1/evaluations", """
                        {"modelId": "%s", "round": "YEAR_END", "year": 2022, "planId": "%s", "recognized": %s,
                         "scores": [{"criterion": "PRACTICAL_EFFECTIVE", "score": 8}, {"criterion": "SUSTAINABLE", "score": 8},
                           {"criterion": "REPLICABLE", "score": 8}, {"criterion": "ENGAGES_PEOPLE", "score": 8},
                           {"criterion": "HONEST", "score": 8}]}""".formatted(modelId, planId, recognized));
            }));
        }
        start.countDown();
        List<ServiceClient.Reply> replies = new ArrayList<>();
        for (Future<ServiceClient.Reply> reply : racing) {
            replies.add(reply.get());
        }
        pool.shutdown();

        assertThat(replies).extracting(ServiceClient.Reply::status).as("no 500, one created")
                .containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        assertThat(replies).filteredOn(reply -> reply.status() == 409)
                .allSatisfy(reply -> assertThat(reply.text("code")).isEqualTo("already-decided"));
        ServiceClient.Reply winner = replies.stream().filter(reply -> reply.status() == 201).findFirst().orElseThrow();
        assertThat(http.get("/api/v1/evaluations?modelId=" + modelId).json()).singleElement()
                .satisfies(stored -> assertThat(stored.path("id").asString()).isEqualTo(winner.text("id")));

        List<TopicProbe.Received> events = topic.await(modelId, 4);
        await("no second verdict is ever announced").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30))
                .until(() -> EvaluationTopic.types(topic.of(modelId)).stream()
                        .filter(type -> type.startsWith("vn.dvk.model.")).count() == 2);
        TopicProbe.Received decided = events.stream()
                .filter(event -> event.event().type().equals("vn.dvk.model.recognition-decided.v1")).findFirst()
                .orElseThrow();
        assertThat(decided.value()).as("what registration and reporting follow is the verdict kept here")
                .contains("\"evaluationId\":\"" + winner.text("id") + "\"")
                .contains("\"recognized\":" + winner.json().path("recognized").asBoolean());
    }
}
