package vn.dvk.reporting.document.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.platform.unit.domain.UnitHistory;
import vn.dvk.reporting.document.domain.ReportDate;
import vn.dvk.reporting.document.domain.ReportKind;
import vn.dvk.reporting.document.domain.UnitLetterhead;
import vn.dvk.reporting.document.domain.YearlyReport;
import vn.dvk.reporting.document.domain.YearlyReportComposer;
import vn.dvk.reporting.projection.domain.CampaignTargets;
import vn.dvk.reporting.projection.domain.Inspections;
import vn.dvk.reporting.statistics.application.CoveredRecords;
import vn.dvk.reporting.statistics.application.StatisticsService;
import vn.dvk.reporting.statistics.domain.ReportParameters;

/** Gathers the figures and lists of a unit's yearly report from the read models, with the unit's letterhead. */
@Service
public class YearlyReportService {

    private final StatisticsService statistics;
    private final Inspections inspections;
    private final CoveredRecords records;
    private final CampaignTargets campaigns;
    private final Letterheads letterheads;
    private final CurrentUnitDirectory units;
    private final UnitHistory history;
    private final ReportDeadlineService deadlines;
    private final Clock clock;

    public YearlyReportService(StatisticsService statistics, Inspections inspections, CoveredRecords records,
                               CampaignTargets campaigns, Letterheads letterheads, CurrentUnitDirectory units,
                               UnitHistory history, ReportDeadlineService deadlines, Clock clock) {
        this.statistics = statistics;
        this.inspections = inspections;
        this.records = records;
        this.campaigns = campaigns;
        this.letterheads = letterheads;
        this.units = units;
        this.history = history;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public YearlyReport yearly(UnitSelection unit, String year, String date) {
        int reported = ReportParameters.year(year);
        LocalDate reportDate = ReportDate.choose(date, reported, LocalDate.now(clock),
                deadlines.ofReportBy(unit.path(), reported).of(ReportKind.YEARLY, reported));
        return compose(unit, reported, reportDate, YearlyReportComposer.Writing.none(ReportKind.YEARLY));
    }

    /**
     * The report of a unit and year, dated {@code reportDate}, with what the official wrote in its draft; a unit read
     * after the 2025 reorganisation reports the records of the old units it took over too (ADR 0021).
     */
    public YearlyReport compose(UnitSelection unit, int reported, LocalDate reportDate,
                                YearlyReportComposer.Writing writing) {
        UnitDirectory tree = unit.successor() ? history.successor().orElseThrow().directory() : units.get();
        AdministrativeUnit found = tree.find(unit.code()).orElse(null);
        String name = found == null ? "Việt Nam" : found.name();
        String fullName = found == null ? "Việt Nam" : found.fullName();
        UnitLetterhead letterhead = letterheads.configuredFor(unit.code()).orElseGet(() -> found == null
                ? UnitLetterhead.derivedFrom(new AdministrativeUnit(unit.code(), UnitLevel.PROVINCE, name, fullName,
                        null), null)
                : UnitLetterhead.derivedFrom(found, tree.find(found.parentCode()).orElse(null)));
        return YearlyReportComposer.compose(new YearlyReportComposer.Facts(
                new YearlyReportComposer.ReportingUnit(unit.code(), unit.path(), name, fullName), reported,
                reportDate, letterhead,
                statistics.statistics(unit, reported, EnumSet.noneOf(ModelStatus.class)),
                statistics.replication(unit, reported),
                unit.paths().stream().flatMap(path -> inspections.inspectionsUnder(path, reported).stream()).toList(),
                unit.paths().stream().flatMap(path -> inspections.plansIssuedBy(path, reported).stream()).toList(),
                campaigns.all(), records.models(unit, reported), units.get()), writing);
    }
}
