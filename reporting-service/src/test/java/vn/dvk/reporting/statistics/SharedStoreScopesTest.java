package vn.dvk.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.ReportingServiceApplication;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.Seed004;
import vn.dvk.testsupport.ScopedInstance;
import vn.dvk.testsupport.Seed004Table;
import vn.dvk.testsupport.ServiceClient;

/**
 * A province and a commune instance on one store with nothing set but their scopes, as the README starts them: each
 * keeps its own read models and claims, so a rebuild on the commune leaves the province's figures as they are.
 */
class SharedStoreScopesTest {

    private static final int YEAR = 2041;
    private static final String COMMUNE = "04096";

    private static ScopedInstance provinceInstance;
    private static ScopedInstance communeInstance;
    private static ServiceClient province;
    private static ServiceClient commune;

    @BeforeAll
    static void start_a_province_and_a_commune_instance_with_default_settings() {
        provinceInstance = ScopedInstance.startWithStoreDefaults(ReportingServiceApplication.class, "14");
        communeInstance = ScopedInstance.startWithStoreDefaults(ReportingServiceApplication.class, COMMUNE);
        province = provinceInstance.http();
        commune = communeInstance.http();
    }

    @AfterAll
    static void stop() {
        communeInstance.close();
        provinceInstance.close();
    }

    @Test
    void a_rebuild_on_the_commune_leaves_the_province_figures_as_they_are() {
        List<ModelSnapshot> models = Seed004.models(YEAR);
        try (EventFeed feed = new EventFeed()) {
            models.forEach(feed::registered);
        }
        long inCommune = models.stream().filter(model -> model.unitCode().equals(COMMUNE)).count();
        await().atMost(Duration.ofSeconds(120)).until(() -> total(province, "124") == 119
                && total(commune, COMMUNE) == inCommune);
        JsonNode communeFigures = statistics(commune, COMMUNE);

        ServiceClient.Reply started = commune.send("POST", "/api/v1/admin/rebuild", null, null, Map.of());

        assertThat(started.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(180)).until(() -> commune.get("/api/v1/admin/rebuild").json()
                .get("state").asString().equals("DONE"));
        assertThat(statistics(commune, COMMUNE)).isEqualTo(communeFigures);
        Seed004Table.assertMatches(statistics(province, "124"));
        assertThat(provinceInstance.context().getEnvironment().getProperty("spring.mongodb.database"))
                .isEqualTo("dvk_reporting-service_14");
        assertThat(communeInstance.context().getEnvironment().getProperty("spring.mongodb.database"))
                .isEqualTo("dvk_reporting-service_04096");
    }

    private static JsonNode statistics(ServiceClient http, String unit) {
        return http.get("/api/v1/statistics/models?unit=" + unit + "&year=" + YEAR).json();
    }

    private static long total(ServiceClient http, String unit) {
        return statistics(http, unit).get("total").asLong();
    }
}
