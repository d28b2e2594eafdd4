package vn.dvk.reporting.document.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.reporting.document.domain.YearlyReport;
import vn.dvk.reporting.document.domain.YearlyReportComposer;
import vn.dvk.reporting.projection.domain.Inspections;
import vn.dvk.reporting.projection.domain.ModelViews;
import vn.dvk.reporting.statistics.application.StatisticsService;
import vn.dvk.reporting.statistics.domain.ReportParameters;

/** Gathers the figures and lists of a unit's yearly report from the read models. */
@Service
public class YearlyReportService {

    private final StatisticsService statistics;
    private final Inspections inspections;
    private final ModelViews models;
    private final UnitDirectory directory;
    private final Clock clock;

    public YearlyReportService(StatisticsService statistics, Inspections inspections, ModelViews models,
                               UnitDirectory directory, Clock clock) {
        this.statistics = statistics;
        this.inspections = inspections;
        this.models = models;
        this.directory = directory;
        this.clock = clock;
    }

    public YearlyReport yearly(UnitSelection unit, String year) {
        int reported = ReportParameters.year(year);
        AdministrativeUnit found = directory.find(unit.code()).orElse(null);
        String name = found == null ? "Việt Nam" : found.name();
        String fullName = found == null ? "Việt Nam" : found.fullName();
        return YearlyReportComposer.compose(new YearlyReportComposer.ReportingUnit(unit.code(), name, fullName),
                reported, LocalDate.now(clock), statistics.statistics(unit, reported, EnumSet.noneOf(ModelStatus.class)),
                statistics.replication(unit, reported), inspections.inspectionsUnder(unit.path(), reported),
                models.modelsUnder(unit.path(), reported));
    }
}
