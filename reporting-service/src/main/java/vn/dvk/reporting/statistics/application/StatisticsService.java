package vn.dvk.reporting.statistics.application;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.reporting.projection.domain.ModelFigures;
import vn.dvk.reporting.statistics.domain.ModelStatistics;
import vn.dvk.reporting.statistics.domain.Replication;
import vn.dvk.reporting.statistics.domain.ReportParameters;
import vn.dvk.reporting.statistics.domain.StatisticsCalculator;

/**
 * Statistics of models for a unit's subtree and a year, from the counters only; the replication figure from the
 * models' views, since it counts distinct sources, which no counter can. A unit read after the 2025 reorganisation
 * counts the old units' records it took over ({@link CoveredRecords}).
 */
@Service
public class StatisticsService {

    private final CoveredRecords records;

    public StatisticsService(CoveredRecords records) {
        this.records = records;
    }

    /** The replication figure a query asks for: its year is checked here. */
    public Replication replication(UnitSelection unit, String year) {
        return replication(unit, ReportParameters.year(year));
    }

    public Replication replication(UnitSelection unit, int year) {
        return Replication.of(unit.code(), year, records.models(unit, year).stream()
                .map(ModelFigures::model).toList());
    }

    /** The statistics a query asks for: its year and statuses are checked here. */
    public ModelStatistics statistics(UnitSelection unit, String year, List<String> status) {
        return statistics(unit, ReportParameters.year(year), ReportParameters.statuses(status));
    }

    /** @param statuses the statuses that count; empty means the default of {@link StatisticsCalculator} */
    public ModelStatistics statistics(UnitSelection unit, int year, Set<ModelStatus> statuses) {
        return StatisticsCalculator.compute(unit.code(), year, records.counts(unit, year), statuses);
    }
}
