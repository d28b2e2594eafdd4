package vn.dvk.reporting.draft.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.reporting.statistics.domain.ModelStatistics;

/**
 * One figure of a report's §2.4 statistics, named by a stable key: {@code total}, {@code collective},
 * {@code individual}, {@code level.DISTRICT}, {@code level.DISTRICT.field.ECONOMY}.
 */
public record Figure(String key, String label, long value) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The figures of the statistics: the totals, each management level, and each level's fields. */
    public static List<Figure> of(ModelStatistics statistics) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("total", "Tổng số mô hình", statistics.total()));
        figures.add(new Figure("collective", "Mô hình tập thể", statistics.collective()));
        figures.add(new Figure("individual", "Mô hình cá nhân", statistics.individual()));
        for (ManagementLevel level : ManagementLevel.values()) {
            ModelStatistics.LevelBreakdown breakdown = statistics.byLevel().get(level.name());
            String levelKey = "level." + level.name();
            figures.add(new Figure(levelKey, level.label(), breakdown.total()));
            for (Field field : Field.values()) {
                figures.add(new Figure(levelKey + ".field." + field.name(), level.label() + ", lĩnh vực "
                        + field.label().toLowerCase(VIETNAMESE), breakdown.byField().get(field.name()).total()));
            }
        }
        return List.copyOf(figures);
    }

    /** The value under {@code key} among {@code figures}; 0 when absent. */
    public static long valueOf(List<Figure> figures, String key) {
        return figures.stream().filter(figure -> figure.key().equals(key)).mapToLong(Figure::value).findFirst()
                .orElse(0);
    }
}
