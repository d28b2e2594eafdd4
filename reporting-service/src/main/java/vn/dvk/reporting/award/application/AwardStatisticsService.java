package vn.dvk.reporting.award.application;

import org.springframework.stereotype.Service;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.reporting.award.domain.AwardRecords;
import vn.dvk.reporting.award.domain.AwardStatistics;

/** The award figures of a unit's subtree and a year. */
@Service
public class AwardStatisticsService {

    private final AwardRecords awards;

    public AwardStatisticsService(AwardRecords awards) {
        this.awards = awards;
    }

    public AwardStatistics statistics(UnitSelection unit, int year) {
        return AwardStatistics.of(unit.code(), year, awards.of(year, unit.path()));
    }
}
