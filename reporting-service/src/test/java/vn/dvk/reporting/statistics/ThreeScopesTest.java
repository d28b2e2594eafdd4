package vn.dvk.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.ReportingServiceApplication;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.testsupport.ScopedInstance;
import vn.dvk.testsupport.ServiceClient;

/**
 * Three reporting instances scoped to the province, a district and a commune read the same topics; each reports its
 * own subtree, and after quiescence the province equals the sum of its districts, which equal the sums of their
 * communes.
 */
class ThreeScopesTest {

    private static final int YEAR = 2024;
    private static final List<String> COMMUNES_124 = List.of("04063", "04066", "04069", "04072", "04075");
    private static final List<String> COMMUNES_125 = List.of("04105", "04108", "04111");

    private static final List<ScopedInstance> instances = new ArrayList<>();
    private static ServiceClient province;
    private static ServiceClient district;
    private static ServiceClient commune;

    @BeforeAll
    static void start_three_scoped_instances() {
        province = start("14");
        district = start("124");
        commune = start("04063");
    }

    @AfterAll
    static void stop() {
        instances.forEach(ScopedInstance::close);
    }

    private static ServiceClient start(String scope) {
        ScopedInstance instance = ScopedInstance.start(ReportingServiceApplication.class, scope);
        instances.add(instance);
        return instance.http();
    }

    @Test
    void each_scope_reports_its_own_subtree_and_the_parts_add_up_to_the_whole() {
        Map<String, String> paths = new java.util.HashMap<>();
        COMMUNES_124.forEach(code -> paths.put(code, DemoUnits.pathOf(code)));
        COMMUNES_125.forEach(code -> paths.put(code, DemoUnits.pathOf(code)));
        int expected = 0;
        int expected124 = 0;
        int expected04063 = 0;
        try (EventFeed feed = new EventFeed()) {
            int i = 0;
            for (Map.Entry<String, String> unit : paths.entrySet()) {
                for (int n = 0; n < 4 + unit.getKey().hashCode() % 3; n++, i++) {
                    ModelSnapshot model = feed.registered(ModelFixtures.aCollectiveModel().inUnit(unit.getKey())
                            .inYear(YEAR).atLevel(ManagementLevel.values()[i % 3]).inField(Field.values()[i % 4])
                            .ownedBy(i % 5 == 0 ? OwnerType.INDIVIDUAL : OwnerType.COLLECTIVE).named("Mô hình " + i)
                            .registered());
                    if (i % 4 == 0) {
                        feed.statusChanged(model, ModelStatus.APPROVED);
                    }
                    expected++;
                    expected124 += unit.getValue().startsWith("14/124/") ? 1 : 0;
                    expected04063 += unit.getKey().equals("04063") ? 1 : 0;
                }
            }
        }
        int total = expected;
        int total124 = expected124;
        int total04063 = expected04063;

        await().atMost(Duration.ofSeconds(90)).until(() -> total(province, "14") == total
                && total(district, "124") == total124 && total(commune, "04063") == total04063
                && approved(province, "14") == approved(district, "124") + approved(province, "125"));

        assertThat(figures(province, "14"))
                .isEqualTo(sum(withoutUnit(statistics(province, "124")), withoutUnit(statistics(province, "125")))
                        .toString());
        JsonNode fromCommunes124 = null;
        for (String code : COMMUNES_124) {
            assertThat(figures(district, code)).isEqualTo(figures(province, code));
            JsonNode figures = withoutUnit(statistics(district, code));
            fromCommunes124 = fromCommunes124 == null ? figures : sum(fromCommunes124, figures);
        }
        assertThat(figures(district, "124")).isEqualTo(fromCommunes124.toString())
                .isEqualTo(figures(province, "124"));
        JsonNode fromCommunes125 = null;
        for (String code : COMMUNES_125) {
            JsonNode figures = withoutUnit(statistics(province, code));
            fromCommunes125 = fromCommunes125 == null ? figures : sum(fromCommunes125, figures);
        }
        assertThat(figures(province, "125")).isEqualTo(fromCommunes125.toString());
        assertThat(figures(commune, "04063")).isEqualTo(figures(district, "04063"));
        assertThat(commune.get("/api/v1/statistics/models?unit=124&year=" + YEAR).status()).isEqualTo(403);
        assertThat(district.get("/api/v1/statistics/models?unit=125&year=" + YEAR).status()).isEqualTo(403);
    }

    private static JsonNode statistics(ServiceClient http, String unit) {
        return http.get("/api/v1/statistics/models?unit=" + unit + "&year=" + YEAR).json();
    }

    /** The statistics without the unit code, as text, so that two units' figures compare. */
    private static String figures(ServiceClient http, String unit) {
        return withoutUnit(statistics(http, unit)).toString();
    }

    private static long total(ServiceClient http, String unit) {
        return statistics(http, unit).get("total").asLong();
    }

    private static long approved(ServiceClient http, String unit) {
        return statistics(http, unit).get("byStatus").get("APPROVED").asLong();
    }

    private static JsonNode withoutUnit(JsonNode statistics) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) statistics.deepCopy();
        copy.remove("unit");
        return copy;
    }

    /** Adds two statistics documents number by number. */
    private static JsonNode sum(JsonNode left, JsonNode right) {
        if (left.isNumber()) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.numberNode(left.asLong() + right.asLong());
        }
        tools.jackson.databind.node.ObjectNode result = tools.jackson.databind.node.JsonNodeFactory.instance
                .objectNode();
        for (String name : left.propertyNames()) {
            result.set(name, name.equals("year") ? left.get(name) : sum(left.get(name), right.get(name)));
        }
        return result;
    }
}
