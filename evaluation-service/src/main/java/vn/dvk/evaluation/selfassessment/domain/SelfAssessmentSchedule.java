package vn.dvk.evaluation.selfassessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 3- and 6-monthly self-assessments a model owes (seed 001, step 4). Period k covers
 * [start + 3(k-1) months, start + 3k months - 1 day]; every second period closes a 6-month one. Each bound is
 * computed from the start date itself, so month-end clamping (Jan 31 + 1 month = Feb 28/29) never drifts from one
 * period to the next and the periods tile the implementation time without gaps.
 */
public final class SelfAssessmentSchedule {

    /** Months in one self-assessment period. */
    public static final int PERIOD_MONTHS = 3;

    private SelfAssessmentSchedule() {
    }

    /** A period a self-assessment must cover, due {@code graceDays} after it ends. */
    public record Period(int index, LocalDate start, LocalDate end, LocalDate due) {

        /** The second, fourth, … period also closes a 6-month review. */
        public boolean closesHalfYear() {
            return index % 2 == 0;
        }

        public boolean isCoveredBy(LocalDate filedStart, LocalDate filedEnd) {
            return !filedStart.isAfter(start) && !filedEnd.isBefore(end);
        }
    }

    /** A self-assessment already filed, by the dates it covers. */
    public record Filed(LocalDate periodStart, LocalDate periodEnd) {
    }

    /** The periods that end on or before the model's end date. */
    public static List<Period> periods(LocalDate modelStart, LocalDate modelEnd, int graceDays) {
        List<Period> periods = new ArrayList<>();
        for (int k = 1; ; k++) {
            LocalDate start = modelStart.plusMonths((long) PERIOD_MONTHS * (k - 1));
            LocalDate end = modelStart.plusMonths((long) PERIOD_MONTHS * k).minusDays(1);
            if (end.isAfter(modelEnd)) {
                return periods;
            }
            periods.add(new Period(k, start, end, end.plusDays(graceDays)));
        }
    }

    /**
     * Whether a period is one the model owes: one of its 3-month periods, or the 6 months of two of them that close a
     * half-year (seed 001: "định kỳ 3 tháng, 6 tháng").
     */
    public static boolean isScheduled(LocalDate modelStart, LocalDate modelEnd, LocalDate start, LocalDate end) {
        List<Period> periods = periods(modelStart, modelEnd, 0);
        for (Period period : periods) {
            if (period.start().equals(start) && period.end().equals(end)) {
                return true;
            }
            if (period.closesHalfYear() && period.end().equals(end)
                    && periods.get(period.index() - 2).start().equals(start)) {
                return true;
            }
        }
        return false;
    }

    /** Periods whose due date has passed by {@code today} and that no filed self-assessment covers. */
    public static List<Period> overdue(LocalDate modelStart, LocalDate modelEnd, int graceDays, List<Filed> filed,
                                       LocalDate today) {
        return periods(modelStart, modelEnd, graceDays).stream()
                .filter(period -> today.isAfter(period.due()))
                .filter(period -> filed.stream().noneMatch(f -> period.isCoveredBy(f.periodStart(), f.periodEnd())))
                .toList();
    }
}
