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
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ReportingApiTest;
import vn.dvk.reporting.fixtures.Seed004;
import vn.dvk.testsupport.Seed004Table;
import vn.dvk.testsupport.ServiceClient;

/**
 * The statistics endpoint against the real broker and store, fed with registration events. Each test owns a year,
 * so that they share one context without seeing each other's models.
 */
class StatisticsIntegrationTest extends ReportingApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    MeterRegistry meters;

    @Test
    void the_seed_004_breakdown_registered_as_events_gives_the_seed_figures_for_district_124() {
        try (EventFeed feed = new EventFeed()) {
            Seed004.models(2022).forEach(feed::registered);
        }

        await().atMost(PATIENCE).until(() -> statistics("124", 2022).get("total").asLong() == 119);

        JsonNode statistics = statistics("124", 2022);
        assertThat(statistics.get("unit").asString()).isEqualTo("124");
        assertThat(statistics.get("year").asInt()).isEqualTo(2022);
        Seed004Table.assertMatches(statistics);
        assertThat(statistics.get("byStatus").get("REGISTERED").asLong()).isEqualTo(119);
        assertThat(statistics.get("byStatus").get("APPROVED").asLong()).isZero();
        assertThat(statistics("14", 2022).get("total").asLong()).isEqualTo(119);
        assertThat(statistics("125", 2022).get("total").asLong()).isZero();
    }

    @Test
    void status_changes_move_counts_and_redelivering_every_event_twice_changes_no_figure() {
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
            await().atMost(PATIENCE).until(() -> statistics("124", 2023).get("byStatus").get("REJECTED").asLong() == 1
                    && statistics("124", 2023).get("byStatus").get("IN_PROGRESS").asLong() == 5
                    && statistics("124", 2023).get("byStatus").get("WITHDRAWN").asLong() == 3);
            JsonNode before = statistics("124", 2023);
            assertThat(before.get("total").asLong()).isEqualTo(115);
            assertThat(before.get("byStatus").get("REGISTERED").asLong()).isEqualTo(95);
            assertThat(before.get("byStatus").get("APPROVED").asLong()).isEqualTo(15);
            assertThat(http.get("/api/v1/statistics/models?unit=124&year=2023&status=WITHDRAWN&status=REJECTED")
                    .json().get("total").asLong()).isEqualTo(4);
            List<String> units = Seed004.UNITS_OF_124;
            List<String> figuresBefore = units.stream().map(unit -> http.get(
                    "/api/v1/statistics/models?unit=" + unit + "&year=2023").body()).toList();

            double duplicatesBefore = duplicates();
            int events = feed.sentCount();
            feed.redeliverAll();
            feed.redeliverAll();
            // An older snapshot published again under a new event id passes the id check; its version must not.
            feed.registered(registered.get(0));
            feed.flush();

            await().atMost(PATIENCE).until(() -> duplicates() - duplicatesBefore >= 2.0 * events);
            assertThat(statistics("124", 2023)).isEqualTo(before);
            assertThat(units.stream().map(unit -> http.get("/api/v1/statistics/models?unit=" + unit
                    + "&year=2023").body()).toList()).isEqualTo(figuresBefore);
        }
    }

    @Test
    void queries_name_the_parameter_they_reject_and_never_fail_with_a_server_error() {
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
        JsonNode empty = statistics("04063", 2030);
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
