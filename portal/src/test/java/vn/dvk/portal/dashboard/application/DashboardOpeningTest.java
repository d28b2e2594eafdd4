package vn.dvk.portal.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.portal.dashboard.domain.Compliance;
import vn.dvk.portal.dashboard.domain.Reporting;
import vn.dvk.portal.dashboard.domain.Statistics;

class DashboardOpeningTest {

    private static final Clock IN_2026 = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    /** Figures only for the years given, for any unit. */
    private record YearsWithData(Map<Integer, Long> totals) implements Reporting {

        @Override
        public Statistics statistics(String unitCode, int year) {
            long total = totals.getOrDefault(year, 0L);
            return new Statistics(unitCode, year, total, total, 0, Map.of(), Map.of(), Map.of());
        }

        @Override
        public Compliance compliance(String unitCode, int year) {
            return new Compliance(unitCode, year, null);
        }
    }

    @Test
    void opens_on_the_latest_year_with_models_not_on_an_empty_current_year() {
        DashboardOpening opening = new DashboardOpening(new YearsWithData(Map.of(2021, 80L, 2022, 119L)), IN_2026);

        assertThat(opening.latestYearWithData("124")).isEqualTo(2022);
    }

    @Test
    void opens_on_the_current_year_when_it_has_models() {
        DashboardOpening opening = new DashboardOpening(new YearsWithData(Map.of(2022, 119L, 2026, 1L)), IN_2026);

        assertThat(opening.latestYearWithData("124")).isEqualTo(2026);
    }

    @Test
    void opens_on_the_current_year_when_no_recent_year_has_models() {
        DashboardOpening opening = new DashboardOpening(new YearsWithData(Map.of(2010, 5L)), IN_2026);

        assertThat(opening.latestYearWithData("124")).isEqualTo(2026);
    }
}
