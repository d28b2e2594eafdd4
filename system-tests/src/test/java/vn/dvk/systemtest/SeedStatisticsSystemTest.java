package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Registers the seed-004 breakdown through the registration API and reads the statistics back from reporting: the
 * figures for district 124, year 2022 equal the seed's table figure for figure.
 */
class SeedStatisticsSystemTest {

    private static void assertCell(JsonNode cell, int total, int collective, int individual) {
        assertThat(cell.path("total").asInt()).as("total of %s", cell).isEqualTo(total);
        assertThat(cell.path("collective").asInt()).as("collective of %s", cell).isEqualTo(collective);
        assertThat(cell.path("individual").asInt()).as("individual of %s", cell).isEqualTo(individual);
    }

    @Test
    void statistics_of_yen_chau_2022_equal_the_seed_table() {
        SystemUnderTest system = SystemUnderTest.get();
        int n = 0;
        for (String body : Seed004Breakdown.registrations()) {
            SystemUnderTest.Response created = SystemUnderTest.send(system.registration, "POST", "/api/v1/models",
                    body, Map.of("Idempotency-Key", "seed-004-" + n++));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            SystemUnderTest.Response statistics = SystemUnderTest.get(system.reporting,
                    "/api/v1/statistics/models?unit=124&year=2022");
            assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
            assertThat(statistics.json().path("total").asInt()).isEqualTo(119);
        });

        JsonNode stats = SystemUnderTest.get(system.reporting, "/api/v1/statistics/models?unit=124&year=2022").json();
        assertCell(stats, 119, 87, 32);
        JsonNode province = stats.path("byLevel").path("PROVINCE");
        assertCell(province, 7, 6, 1);
        assertCell(province.path("byField").path("ECONOMY"), 6, 5, 1);
        assertCell(province.path("byField").path("CULTURE_SOCIETY"), 1, 1, 0);
        assertCell(province.path("byField").path("DEFENSE_SECURITY"), 0, 0, 0);
        assertCell(province.path("byField").path("POLITICAL_SYSTEM"), 0, 0, 0);
        JsonNode district = stats.path("byLevel").path("DISTRICT");
        assertCell(district, 23, 18, 5);
        assertCell(district.path("byField").path("ECONOMY"), 7, 2, 5);
        assertCell(district.path("byField").path("CULTURE_SOCIETY"), 13, 13, 0);
        assertCell(district.path("byField").path("DEFENSE_SECURITY"), 3, 3, 0);
        assertCell(district.path("byField").path("POLITICAL_SYSTEM"), 0, 0, 0);
        JsonNode grassroots = stats.path("byLevel").path("GRASSROOTS");
        assertCell(grassroots, 89, 63, 26);
        assertCell(grassroots.path("byField").path("POLITICAL_SYSTEM"), 17, 15, 2);
        assertCell(grassroots.path("byField").path("ECONOMY"), 31, 16, 15);
        assertCell(grassroots.path("byField").path("CULTURE_SOCIETY"), 29, 20, 9);
        assertCell(grassroots.path("byField").path("DEFENSE_SECURITY"), 12, 12, 0);
        assertThat(stats.path("byStatus").path("REGISTERED").asInt()).isEqualTo(119);
    }
}
