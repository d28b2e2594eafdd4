package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import vn.dvk.testsupport.ServiceClient;

/**
 * reporting-service's model statistics of units in a year as flat figures, one per number of the answer
 * ({@code byLevel.GRASSROOTS.byField.ECONOMY.collective} → 12), so that two states of the read models, or the read
 * models and the registrations made, are compared figure for figure; and the rebuild that recomputes them from the
 * topics.
 */
final class ReadModelFigures {

    /** The figures every registration of {@link RegistrationLoad} adds to: a collective economic grassroots model. */
    private static final List<String> COUNTED_BY_A_LOAD_REGISTRATION = List.of("total", "collective",
            "byLevel.GRASSROOTS.total", "byLevel.GRASSROOTS.collective", "byLevel.GRASSROOTS.byField.ECONOMY.total",
            "byLevel.GRASSROOTS.byField.ECONOMY.collective", "byField.ECONOMY.total", "byField.ECONOMY.collective",
            "byStatus.REGISTERED");
    private static final Duration POLL = Duration.ofMillis(500);

    private ReadModelFigures() {
    }

    /** The figures of each unit's subtree in {@code year}, by unit. */
    static Map<String, Map<String, Long>> of(URI reporting, List<String> units, int year) {
        Map<String, Map<String, Long>> byUnit = new LinkedHashMap<>();
        for (String unit : units) {
            ServiceClient.Reply statistics = new ServiceClient(reporting)
                    .get("/api/v1/statistics/models?unit=" + unit + "&year=" + year);
            assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
            Map<String, Long> figures = new TreeMap<>();
            flatten("", statistics.json(), figures);
            figures.remove("year");
            byUnit.put(unit, figures);
        }
        return byUnit;
    }

    /**
     * What {@code live} must read when it counts exactly {@code registered} load registrations per unit: the counted
     * figures equal to that number, every other figure zero. Built on the shape of {@code live} so that a figure
     * missing from it, or one it has beyond the contract, differs.
     */
    static Map<String, Map<String, Long>> expected(Map<String, Map<String, Long>> live, Map<String, Long> registered) {
        Map<String, Map<String, Long>> byUnit = new LinkedHashMap<>();
        live.forEach((unit, figures) -> {
            Map<String, Long> expected = new TreeMap<>();
            figures.keySet().forEach(figure -> expected.put(figure, 0L));
            COUNTED_BY_A_LOAD_REGISTRATION.forEach(figure -> expected.put(figure, registered.getOrDefault(unit, 0L)));
            byUnit.put(unit, expected);
        });
        return byUnit;
    }

    /**
     * Waits until reporting's figures of the units in {@code year} equal the registrations made ({@code registered}
     * per unit, the subtree already summed up) and returns them.
     */
    static Map<String, Map<String, Long>> awaitRegistrationsCounted(URI reporting, List<String> units, int year,
            Map<String, Long> registered, Duration atMost) {
        await("reporting's figures of " + year + " equal the registrations made " + registered).atMost(atMost)
                .pollInSameThread().pollInterval(POLL).untilAsserted(() -> {
                    Map<String, Map<String, Long>> live = of(reporting, units, year);
                    assertThat(differences(expected(live, registered), live)).as("figures expected ≠ read").isEmpty();
                });
        return of(reporting, units, year);
    }

    /**
     * Each figure on which {@code actual} differs from {@code expected}, as {@code unit figure: expected ≠ actual}: a
     * short message where the whole figures of several units would be thousands of characters.
     */
    static List<String> differences(Map<String, Map<String, Long>> expected, Map<String, Map<String, Long>> actual) {
        List<String> differing = new ArrayList<>();
        Set<String> units = new TreeSet<>(expected.keySet());
        units.addAll(actual.keySet());
        for (String unit : units) {
            Map<String, Long> wanted = expected.getOrDefault(unit, Map.of());
            Map<String, Long> read = actual.getOrDefault(unit, Map.of());
            Set<String> figures = new TreeSet<>(wanted.keySet());
            figures.addAll(read.keySet());
            for (String figure : figures) {
                if (!Objects.equals(wanted.get(figure), read.get(figure))) {
                    differing.add(unit + " " + figure + ": " + wanted.get(figure) + " ≠ " + read.get(figure));
                }
            }
        }
        return differing;
    }

    /** Starts a rebuild of reporting's read models from the topics and waits until it is done without a failure. */
    static void rebuild(URI reporting, Duration atMost) {
        ServiceClient.Reply started = new ServiceClient(reporting).post("/api/v1/admin/rebuild", "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        await("rebuild done").atMost(atMost).pollInSameThread().pollInterval(POLL).untilAsserted(() -> {
            JsonNode progress = new ServiceClient(reporting).get("/api/v1/admin/rebuild").json();
            assertThat(progress.path("state").asString()).as(progress.toString()).isEqualTo("DONE");
            assertThat(progress.path("failed").asLong()).as(progress.toString()).isZero();
        });
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Long> figures) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), figures);
            }
        } else if (node.isIntegralNumber()) {
            figures.put(prefix, node.asLong());
        }
    }
}
