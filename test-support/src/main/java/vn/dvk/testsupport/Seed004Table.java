package vn.dvk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;

/**
 * The statistics table of seed 004 §2.4 (Yên Châu, 2022): 119 models, 87 collective and 32 individual, by management
 * level and, inside each level, by field. The one copy every test that registers or checks these figures uses.
 */
public final class Seed004Table {

    /** One line of §2.4: a level and field with its collective and individual counts. */
    public record Line(ManagementLevel level, Field field, int collective, int individual) {

        public int total() {
            return collective + individual;
        }
    }

    public static final List<Line> LINES = List.of(
            new Line(ManagementLevel.PROVINCE, Field.ECONOMY, 5, 1),
            new Line(ManagementLevel.PROVINCE, Field.CULTURE_SOCIETY, 1, 0),
            new Line(ManagementLevel.DISTRICT, Field.ECONOMY, 2, 5),
            new Line(ManagementLevel.DISTRICT, Field.CULTURE_SOCIETY, 13, 0),
            new Line(ManagementLevel.DISTRICT, Field.DEFENSE_SECURITY, 3, 0),
            new Line(ManagementLevel.GRASSROOTS, Field.POLITICAL_SYSTEM, 15, 2),
            new Line(ManagementLevel.GRASSROOTS, Field.ECONOMY, 16, 15),
            new Line(ManagementLevel.GRASSROOTS, Field.CULTURE_SOCIETY, 20, 9),
            new Line(ManagementLevel.GRASSROOTS, Field.DEFENSE_SECURITY, 12, 0));

    private Seed004Table() {
    }

    /**
     * Asserts a statistics answer of the contract ({@code GET /api/v1/statistics/models}) equals the seed's table
     * figure for figure: the totals, each level, each field inside each level (zeros where the seed has none) and
     * each field across levels.
     */
    public static void assertMatches(JsonNode statistics) {
        assertFigures("total", statistics, 119, 87, 32);
        for (ManagementLevel level : ManagementLevel.values()) {
            JsonNode byLevel = statistics.path("byLevel").path(level.name());
            List<Line> lines = LINES.stream().filter(line -> line.level() == level).toList();
            assertFigures(level.name(), byLevel, sum(lines, Line::total), sum(lines, Line::collective),
                    sum(lines, Line::individual));
            for (Field field : Field.values()) {
                List<Line> cell = lines.stream().filter(line -> line.field() == field).toList();
                assertFigures(level + "/" + field, byLevel.path("byField").path(field.name()),
                        sum(cell, Line::total), sum(cell, Line::collective), sum(cell, Line::individual));
            }
        }
        for (Field field : Field.values()) {
            List<Line> lines = LINES.stream().filter(line -> line.field() == field).toList();
            assertFigures(field.name(), statistics.path("byField").path(field.name()), sum(lines, Line::total),
                    sum(lines, Line::collective), sum(lines, Line::individual));
        }
    }

    private static int sum(List<Line> lines, java.util.function.ToIntFunction<Line> figure) {
        return lines.stream().mapToInt(figure).sum();
    }

    private static void assertFigures(String where, JsonNode figures, int total, int collective, int individual) {
        assertThat(figures.path("total").asInt()).as("%s total in %s", where, figures).isEqualTo(total);
        assertThat(figures.path("collective").asInt()).as("%s collective in %s", where, figures)
                .isEqualTo(collective);
        assertThat(figures.path("individual").asInt()).as("%s individual in %s", where, figures)
                .isEqualTo(individual);
    }
}
