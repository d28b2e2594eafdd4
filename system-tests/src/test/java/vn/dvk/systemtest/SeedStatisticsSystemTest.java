package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.testsupport.Seed004Table;
import vn.dvk.testsupport.ServiceClient;

/**
 * Registers the seed-004 breakdown through the registration API and reads the statistics back from reporting: the
 * figures for district 124, year 2022 equal the seed's table figure for figure; read as of 2026, the new Xã Yên Châu
 * {@code 04075} counts the 2022 models of the six old communes it took over.
 */
@OnTheSharedStack
class SeedStatisticsSystemTest {

    private static final List<String> SIX_OLD_COMMUNES = List.of("04063", "04066", "04069", "04072", "04075",
            "04090");

    @Test
    void statistics_of_yen_chau_2022_equal_the_seed_table() {
        SystemUnderTest system = SystemUnderTest.get();
        int n = 0;
        for (String body : Seed004Breakdown.registrations()) {
            ServiceClient.Reply created = SystemUnderTest.send(system.registration, "POST", "/api/v1/models",
                    body, Map.of("Idempotency-Key", "seed-004-" + n++));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            ServiceClient.Reply statistics = SystemUnderTest.get(system.reporting,
                    "/api/v1/statistics/models?unit=124&year=2022");
            assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
            assertThat(statistics.json().path("total").asInt()).isEqualTo(119);
        });

        JsonNode stats = SystemUnderTest.get(system.reporting, "/api/v1/statistics/models?unit=124&year=2022").json();
        Seed004Table.assertMatches(stats);
        assertThat(stats.path("byStatus").path("REGISTERED").asInt()).isEqualTo(119);

        // ADR 0021: as of 2026, 04075 is the new Xã Yên Châu, which took over six old communes of district 124.
        int sixOldCommunes = SIX_OLD_COMMUNES.stream().mapToInt(code -> SystemUnderTest.get(system.reporting,
                "/api/v1/statistics/models?unit=" + code + "&year=2022").json().path("total").asInt()).sum();
        JsonNode newCommune = SystemUnderTest.get(system.reporting,
                "/api/v1/statistics/models?unit=04075&year=2022&asOf=2026-01-01").json();
        assertThat(sixOldCommunes).isPositive();
        assertThat(newCommune.path("total").asInt()).isEqualTo(sixOldCommunes);
        assertThat(SystemUnderTest.get(system.reporting, "/api/v1/statistics/models?unit=124&year=2022"
                + "&asOf=2026-01-01").status()).isEqualTo(404);
    }
}
