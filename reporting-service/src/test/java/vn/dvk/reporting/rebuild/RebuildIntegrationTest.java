package vn.dvk.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ReportingApiTest;
import vn.dvk.reporting.fixtures.Seed004;
import vn.dvk.reporting.projection.adapter.MongoModelCounters;
import vn.dvk.reporting.projection.adapter.MongoModelViews;
import vn.dvk.reporting.projection.adapter.ProjectionConsumers;
import vn.dvk.reporting.projection.domain.CounterCount;
import vn.dvk.testsupport.Quiescence;
import vn.dvk.testsupport.ServiceClient;

/** A rebuild from the earliest offsets gives exactly the read model that live consumption built. */
class RebuildIntegrationTest extends ReportingApiTest {

    private static final int YEAR = 2028;

    @Autowired
    MongoModelCounters counters;

    @Autowired
    MongoModelViews views;

    @Value("${spring.cloud.stream.bindings.registrationEvents-in-0.group}")
    String group;

    @Value("${dvk.reporting.registration-dead-letters}")
    String deadLetters;

    @Test
    void replaying_every_topic_rebuilds_the_same_counters_as_the_incremental_build_and_shows_progress() {
        List<ModelSnapshot> models = new ArrayList<>(Seed004.models(YEAR));
        try (EventFeed feed = new EventFeed()) {
            models.forEach(feed::registered);
            for (int i = 0; i < 30; i++) {
                models.set(i, feed.statusChanged(models.get(i), i % 3 == 0 ? ModelStatus.WITHDRAWN
                        : ModelStatus.APPROVED));
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/api/v1/statistics/models?unit=14&year="
                + YEAR).json().get("byStatus").get("WITHDRAWN").asLong() == 10);
        Quiescence.await(group, ProjectionConsumers.TOPICS, Duration.ofSeconds(60));
        List<String> incremental = snapshot();
        long modelViews = views.size();
        JsonNode statistics = http.get("/api/v1/statistics/models?unit=124&year=" + YEAR).json();

        ServiceClient.Reply started = http.send("POST", "/api/v1/admin/rebuild", null, null, Map.of());

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("state").asString()).isIn("RUNNING", "DONE");
        await().atMost(Duration.ofSeconds(120)).until(() -> http.get("/api/v1/admin/rebuild").json().get("state")
                .asString().equals("DONE"));
        JsonNode progress = http.get("/api/v1/admin/rebuild").json();
        assertThat(progress.get("done").asLong()).isEqualTo(progress.get("total").asLong())
                .isGreaterThanOrEqualTo(models.size() + 30);
        // The replay skips exactly the poison records live consumption parked (other tests of this context park some).
        assertThat(progress.get("failed").asLong()).isEqualTo(Quiescence.recordsOn(deadLetters));
        assertThat(progress.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(snapshot()).isEqualTo(incremental);
        assertThat(views.size()).isEqualTo(modelViews);
        assertThat(http.get("/api/v1/statistics/models?unit=124&year=" + YEAR).json()).isEqualTo(statistics);
    }

    private List<String> snapshot() {
        return counters.all().stream().sorted(Comparator.comparing(count -> count.key().id()))
                .map(CounterCount::toString).toList();
    }
}
