package vn.dvk.portal.dashboard.domain;

import java.util.Map;

/** reporting-service's statistics of models for a unit's subtree and a year (the API contract's shape). */
public record Statistics(String unit, int year, long total, long collective, long individual,
                         Map<String, LevelFigures> byLevel, Map<String, Figures> byField, Map<String, Long> byStatus) {

    public Statistics {
        byLevel = byLevel == null ? Map.of() : Map.copyOf(byLevel);
        byField = byField == null ? Map.of() : Map.copyOf(byField);
        byStatus = byStatus == null ? Map.of() : Map.copyOf(byStatus);
    }

    /** Totals, split into collective and individual. */
    public record Figures(long total, long collective, long individual) {
    }

    /** One management level's totals, and per field. */
    public record LevelFigures(long total, long collective, long individual, Map<String, Figures> byField) {

        public LevelFigures {
            byField = byField == null ? Map.of() : Map.copyOf(byField);
        }

        public long inField(String field) {
            Figures figures = byField.get(field);
            return figures == null ? 0 : figures.total();
        }
    }

    public long atLevel(String level) {
        LevelFigures figures = byLevel.get(level);
        return figures == null ? 0 : figures.total();
    }

    public long inField(String level, String field) {
        LevelFigures figures = byLevel.get(level);
        return figures == null ? 0 : figures.inField(field);
    }

    public long inField(String field) {
        Figures figures = byField.get(field);
        return figures == null ? 0 : figures.total();
    }

    public long withStatus(String status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
