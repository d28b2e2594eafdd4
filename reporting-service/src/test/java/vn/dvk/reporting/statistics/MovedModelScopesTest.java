package vn.dvk.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.ReportingServiceApplication;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.testsupport.ScopedInstance;
import vn.dvk.testsupport.ServiceClient;

/**
 * Two commune instances on one store with default settings: a model edited from {@code 04096} into {@code 04063}
 * leaves the first's figures and list and enters the second's, live and after a rebuild of the first.
 */
class MovedModelScopesTest {

    private static final int YEAR = 2044;

    private static ScopedInstance leftInstance;
    private static ScopedInstance enteredInstance;
    private static ServiceClient left;
    private static ServiceClient entered;

    @BeforeAll
    static void start_the_instances_of_the_two_communes() {
        leftInstance = ScopedInstance.startWithStoreDefaults(ReportingServiceApplication.class, "04096");
        enteredInstance = ScopedInstance.startWithStoreDefaults(ReportingServiceApplication.class, "04063");
        left = leftInstance.http();
        entered = enteredInstance.http();
    }

    @AfterAll
    static void stop() {
        enteredInstance.close();
        leftInstance.close();
    }

    @Test
    void a_model_moved_between_communes_leaves_the_old_commune_s_figures_live_and_after_its_rebuild() {
        ModelSnapshot registered = ModelFixtures.anIndividualModel().inUnit("04096").inYear(YEAR)
                .atLevel(ManagementLevel.GRASSROOTS).inField(Field.ECONOMY).named("Mô hình trồng lê Tai nung")
                .registered();
        ModelSnapshot stays = ModelFixtures.aCollectiveModel().inUnit("04096").inYear(YEAR)
                .atLevel(ManagementLevel.GRASSROOTS).inField(Field.CULTURE_SOCIETY).named("Bản văn hóa Cồn Huôt")
                .registered();
        try (EventFeed feed = new EventFeed()) {
            feed.registered(registered);
            feed.registered(stays);
        }
        await().atMost(Duration.ofSeconds(240)).until(() -> total(left, "04096") == 2);

        try (EventFeed feed = new EventFeed()) {
            feed.moved(registered, ModelFixtures.from(registered).inUnit("04063").atVersion(2).build());
        }

        await().atMost(Duration.ofSeconds(240)).until(() -> total(left, "04096") == 1
                && total(entered, "04063") == 1);
        JsonNode figures = statistics(left, "04096");
        assertThat(figures.get("individual").asLong()).isZero();
        ServiceClient.Reply started = left.send("POST", "/api/v1/admin/rebuild", null, null, Map.of());
        assertThat(started.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(180)).until(() -> left.get("/api/v1/admin/rebuild").json()
                .get("state").asString().equals("DONE"));
        assertThat(statistics(left, "04096")).isEqualTo(figures);
        assertThat(statistics(entered, "04063").get("individual").asLong()).isEqualTo(1);
    }

    private static JsonNode statistics(ServiceClient http, String unit) {
        return http.get("/api/v1/statistics/models?unit=" + unit + "&year=" + YEAR).json();
    }

    private static long total(ServiceClient http, String unit) {
        return statistics(http, unit).get("total").asLong();
    }
}
