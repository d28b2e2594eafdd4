package vn.dvk.reporting.document.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.springframework.stereotype.Service;
import vn.dvk.reporting.document.domain.YearlyReport;
import vn.dvk.reporting.document.domain.YearlyReportComposer;
import vn.dvk.reporting.projection.adapter.MongoInspections;
import vn.dvk.reporting.projection.adapter.MongoModelViews;
import vn.dvk.reporting.statistics.application.ReportQueries;
import vn.dvk.reporting.statistics.application.StatisticsService;

/** Gathers the figures and lists of a unit's yearly report from the read models. */
@Service
public class YearlyReportService {

    private final ReportQueries queries;
    private final StatisticsService statistics;
    private final MongoInspections inspections;
    private final MongoModelViews models;
    private final Clock clock;

    public YearlyReportService(ReportQueries queries, StatisticsService statistics, MongoInspections inspections,
                               MongoModelViews models, Clock clock) {
        this.queries = queries;
        this.statistics = statistics;
        this.inspections = inspections;
        this.models = models;
        this.clock = clock;
    }

    public YearlyReport yearly(String unit, String year) {
        ReportQueries.UnitYear query = queries.unitYear(unit, year);
        String name = query.unit() == null ? "Việt Nam" : query.unit().name();
        String fullName = query.unit() == null ? "Việt Nam" : query.unit().fullName();
        return YearlyReportComposer.compose(new YearlyReportComposer.ReportingUnit(query.unitCode(), name, fullName),
                query.year(), LocalDate.now(clock),
                statistics.statistics(query, EnumSet.noneOf(vn.dvk.contracts.catalog.ModelStatus.class)),
                inspections.inspectionsUnder(query.path(), query.year()), models.modelsUnder(query.path(),
                        query.year()));
    }
}
