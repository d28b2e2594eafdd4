package vn.dvk.reporting.statistics.domain;

import java.util.Map;

/**
 * The statistics of models of a unit's subtree in a year, shaped as the API contract states: every level, field and
 * status code appears, with zeros where nothing counts.
 */
public record ModelStatistics(String unit, int year, long total, long collective, long individual,
                              Map<String, LevelBreakdown> byLevel, Map<String, Breakdown> byField,
                              Map<String, Long> byStatus) {

    /** A count split into collective and individual owners. */
    public record Breakdown(long total, long collective, long individual) {
    }

    /** A management level's count, split by owner and by field. */
    public record LevelBreakdown(long total, long collective, long individual, Map<String, Breakdown> byField) {
    }
}
