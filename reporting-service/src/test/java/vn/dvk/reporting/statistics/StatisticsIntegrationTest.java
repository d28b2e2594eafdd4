package vn.dvk.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.Seed004;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.Seed004Table;
import vn.dvk.testsupport.ServiceClient;

/**
 * The statistics endpoint against the real broker and store, fed with registration events. Each test owns a year,
 * so that they share one context without seeing each other's models.
 */
@DvkIntegrationTest
class StatisticsIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void the_seed_004_breakdown_registered_as_events_gives_the_seed_figures_for_district_124() {
        try (EventFeed feed = new EventFeed()) {
            Seed004.models(2022).forEach(feed::registered);
        }
        ServiceClient http = new ServiceClient(port);

        await().atMost(PATIENCE).until(() -> http.get("/api/v1/statistics/models?unit=124&year=2022").json()
                .get("total").asLong() == 119);

        JsonNode statistics = http.get("/api/v1/statistics/models?unit=124&year=2022").json();
        assertThat(statistics.get("unit").asString()).isEqualTo("124");
        assertThat(statistics.get("year").asInt()).isEqualTo(2022);
        Seed004Table.assertMatches(statistics);
        assertThat(statistics.get("byStatus").get("REGISTERED").asLong()).isEqualTo(119);
        assertThat(statistics.get("byStatus").get("APPROVED").asLong()).isZero();
        assertThat(http.get("/api/v1/statistics/models?unit=14&year=2022").json().get("total").asLong())
                .isEqualTo(119);
        assertThat(http.get("/api/v1/statistics/models?unit=125&year=2022").json().get("total").asLong()).isZero();
    }

    @Test
    void status_changes_move_counts_and_redelivering_every_event_twice_changes_no_figure() {
        ServiceClient http = new ServiceClient(port);
        List<ModelSnapshot> registered = Seed004.models(2023);
        List<ModelSnapshot> models = new ArrayList<>(registered);
        try (EventFeed feed = new EventFeed()) {
            models.forEach(feed::registered);
            for (int i = 0; i < 20; i++) {
                ModelSnapshot approved = feed.statusChanged(models.get(i), ModelStatus.APPROVED);
                models.set(i, i < 5 ? feed.statusChanged(approved, ModelStatus.IN_PROGRESS) : approved);
            }
            for (int i = 20; i < 23; i++) {
                models.set(i, feed.statusChanged(models.get(i), ModelStatus.WITHDRAWN));
            }
            models.set(23, feed.statusChanged(models.get(23), ModelStatus.REJECTED));
            feed.flush();
            await().atMost(PATIENCE).until(() -> http.get("/api/v1/statistics/models?unit=124&year=2023").json()
                    .get("byStatus").get("REJECTED").asLong() == 1
                    && http.get("/api/v1/statistics/models?unit=124&year=2023").json().get("byStatus")
                    .get("IN_PROGRESS").asLong() == 5
                    && http.get("/api/v1/statistics/models?unit=124&year=2023").json().get("byStatus")
                    .get("WITHDRAWN").asLong() == 3);
            JsonNode before = http.get("/api/v1/statistics/models?unit=124&year=2023").json();
            assertThat(before.get("total").asLong()).isEqualTo(115);
            assertThat(before.get("byStatus").get("REGISTERED").asLong()).isEqualTo(95);
            assertThat(before.get("byStatus").get("APPROVED").asLong()).isEqualTo(15);
            assertThat(http.get("/api/v1/statistics/models?unit=124&year=2023&status=WITHDRAWN&status=REJECTED")
                    .json().get("total").asLong()).isEqualTo(4);
            List<String> communes = Seed004.UNITS_OF_124.stream().map(unit -> unit[0]).toList();
            List<String> figuresBefore = communes.stream().map(unit -> http.get(
                    "/api/v1/statistics/models?unit=" + unit + "&year=2023").body()).toList();

            double duplicatesBefore = duplicates();
            int events = feed.sentCount();
            feed.redeliverAll();
            feed.redeliverAll();
            // An older snapshot published again under a new event id passes the id check; its version must not.
            feed.registered(registered.get(0));
            feed.flush();

            await().atMost(PATIENCE).until(() -> duplicates() - duplicatesBefore >= 2.0 * events);
            assertThat(http.get("/api/v1/statistics/models?unit=124&year=2023").json()).isEqualTo(before);
            assertThat(communes.stream().map(unit -> http.get("/api/v1/statistics/models?unit=" + unit
                    + "&year=2023").body()).toList()).isEqualTo(figuresBefore);
        }
    }

    @Test
    void queries_name_the_parameter_they_reject_and_never_fail_with_a_server_error() {
        ServiceClient http = new ServiceClient(port);
        ServiceClient.Reply unknown = http.get("/api/v1/statistics/models?unit=99999&year=2022");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("\"unit\"");
        assertThat(http.get("/api/v1/statistics/models?unit=VN&year=2022").status()).isEqualTo(403);
        ServiceClient.Reply missingYear = http.get("/api/v1/statistics/models?unit=124");
        assertThat(missingYear.status()).isEqualTo(400);
        assertThat(missingYear.body()).contains("\"year\"");
        assertThat(http.get("/api/v1/statistics/models?unit=124&year=abc").status()).isEqualTo(400);
        ServiceClient.Reply badStatus = http.get("/api/v1/statistics/models?unit=124&year=2022&status=LOST");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body()).contains("\"status\"");
        JsonNode empty = http.get("/api/v1/statistics/models?unit=04063&year=2030").json();
        assertThat(empty.get("total").asLong()).isZero();
        assertThat(empty.get("byLevel").get("GRASSROOTS").get("byField").get("POLITICAL_SYSTEM").get("total")
                .asLong()).isZero();
        assertThat(empty.get("byStatus").get("WITHDRAWN").asLong()).isZero();
    }

    private double duplicates() {
        return Search.in(meters).name("dvk.events.consumed").tag("consumer", "reporting")
                .tag("outcome", "duplicate").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
