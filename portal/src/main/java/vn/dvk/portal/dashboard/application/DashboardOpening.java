package vn.dvk.portal.dashboard.application;

import java.time.Clock;
import java.time.Year;
import vn.dvk.portal.dashboard.domain.Reporting;

/**
 * Which year the dashboard opens on when the official names none: the latest year, from this one back, whose figures
 * are not all zero, so that a unit whose last data is from 2022 opens on 2022, not on an empty current year.
 */
public class DashboardOpening {

    /** How far back to look; beyond it the current year is shown, empty, with its invitation to register. */
    static final int YEARS_BACK = 10;

    private final Reporting reporting;
    private final Clock clock;

    public DashboardOpening(Reporting reporting, Clock clock) {
        this.reporting = reporting;
        this.clock = clock;
    }

    public int latestYearWithData(String unitCode) {
        int current = Year.now(clock).getValue();
        for (int year = current; year > current - YEARS_BACK; year--) {
            if (reporting.statistics(unitCode, year).total() > 0) {
                return year;
            }
        }
        return current;
    }
}
