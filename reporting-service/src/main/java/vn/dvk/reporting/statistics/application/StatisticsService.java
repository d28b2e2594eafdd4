package vn.dvk.reporting.statistics.application;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.reporting.projection.adapter.MongoCounters;
import vn.dvk.reporting.statistics.domain.ModelStatistics;
import vn.dvk.reporting.statistics.domain.StatisticsCalculator;

/** Statistics of models for a unit's subtree and a year, from the counters only. */
@Service
public class StatisticsService {

    private final ReportQueries queries;
    private final MongoCounters counters;

    public StatisticsService(ReportQueries queries, MongoCounters counters) {
        this.queries = queries;
        this.counters = counters;
    }

    public ModelStatistics statistics(String unit, String year, List<String> status) {
        ReportQueries.UnitYear query = queries.unitYear(unit, year);
        Set<ModelStatus> statuses = ReportQueries.statuses(status);
        return statistics(query, statuses);
    }

    public ModelStatistics statistics(ReportQueries.UnitYear query, Set<ModelStatus> statuses) {
        return StatisticsCalculator.compute(query.unitCode(), query.year(),
                counters.countsUnder(query.path(), query.year()), statuses);
    }
}
