package vn.dvk.evaluation.deadline.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.dvk.platform.domain.Rejection;

/**
 * A campaign's yearly deadlines (seed 001, steps 4-5): the mid-year report (25/7), the year-end report (15/12) and
 * recognition at the year-end conference (31/12). Written as officials write them, day/month.
 */
public record Deadlines(MonthDay midYearReport, MonthDay yearEndReport, MonthDay recognition) {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d/M");

    public static final Deadlines SEED_001 = new Deadlines(MonthDay.of(7, 25), MonthDay.of(12, 15),
            MonthDay.of(12, 31));

    /** Parses day/month texts; a missing one keeps the default, a malformed one names its field. */
    public static Deadlines parse(String midYearReport, String yearEndReport, String recognition, Deadlines defaults) {
        List<Rejection.FieldIssue> problems = new ArrayList<>();
        MonthDay mid = parse("midYearReport", midYearReport, defaults.midYearReport(), problems);
        MonthDay yearEnd = parse("yearEndReport", yearEndReport, defaults.yearEndReport(), problems);
        MonthDay recognised = parse("recognition", recognition, defaults.recognition(), problems);
        if (!problems.isEmpty()) {
            throw Rejection.invalid(problems);
        }
        if (mid.isAfter(yearEnd) || yearEnd.isAfter(recognised)) {
            throw Rejection.unprocessable("deadlines-out-of-order", "yearEndReport",
                    "Hạn báo cáo giữa năm, báo cáo cuối năm và công nhận phải theo thứ tự trong năm.");
        }
        return new Deadlines(mid, yearEnd, recognised);
    }

    private static MonthDay parse(String field, String text, MonthDay fallback,
                                  List<Rejection.FieldIssue> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return MonthDay.parse(text.strip(), DAY_MONTH);
        } catch (DateTimeParseException e) {
            problems.add(new Rejection.FieldIssue(field, "phải có dạng ngày/tháng, ví dụ 25/7"));
            return fallback;
        }
    }

    public static String format(MonthDay day) {
        return day.getDayOfMonth() + "/" + day.getMonthValue();
    }

    /** The status of something due on {@code due}: done, late once the day has passed, due until then. */
    public static DeadlineStatus status(LocalDate due, boolean done, LocalDate today) {
        if (done) {
            return DeadlineStatus.DONE;
        }
        return today.isAfter(due) ? DeadlineStatus.LATE : DeadlineStatus.DUE;
    }

    /** Where something due stands. */
    public enum DeadlineStatus { DUE, LATE, DONE }

    /** What is due. */
    public enum Kind { MID_YEAR_REPORT, YEAR_END_REPORT, RECOGNITION, SELF_ASSESSMENT }
}
