package vn.dvk.reporting.compliance.application;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.reporting.compliance.domain.ComplianceCalculator;
import vn.dvk.reporting.compliance.domain.ComplianceRow;
import vn.dvk.reporting.compliance.domain.UnitNode;
import vn.dvk.reporting.projection.adapter.MongoCampaigns;
import vn.dvk.reporting.projection.adapter.MongoCounters;
import vn.dvk.reporting.statistics.application.ReportQueries;
import vn.dvk.reporting.statistics.domain.StatisticsCalculator;

/** Target compliance of the units below a unit for a year, from the campaign view and the counters. */
@Service
public class ComplianceService {

    private final ReportQueries queries;
    private final MongoCampaigns campaigns;
    private final MongoCounters counters;
    private final UnitDirectory directory;

    public ComplianceService(ReportQueries queries, MongoCampaigns campaigns, MongoCounters counters,
                             UnitDirectory directory) {
        this.queries = queries;
        this.campaigns = campaigns;
        this.counters = counters;
        this.directory = directory;
    }

    /** The answer: the unit and year asked and one row per unit with a target, worst first. */
    public record Compliance(String unit, int year, List<ComplianceRow> units) {
    }

    public Compliance compliance(String unit, String year) {
        ReportQueries.UnitYear query = queries.unitYear(unit, year);
        List<UnitNode> below = directory.descendantsOf(query.unitCode()).stream()
                .map(u -> new UnitNode(u.code(), u.fullName(), u.level(), u.parentCode(),
                        directory.pathOf(u.code()).orElse(""))).toList();
        return new Compliance(query.unitCode(), query.year(), ComplianceCalculator.compute(query.year(), below,
                campaigns.all(), counters.countsUnder(query.path(), query.year()),
                StatisticsCalculator.DEFAULT_STATUSES));
    }
}
