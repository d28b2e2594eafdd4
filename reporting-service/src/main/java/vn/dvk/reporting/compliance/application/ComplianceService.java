package vn.dvk.reporting.compliance.application;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.UnitCoverage;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.platform.unit.domain.UnitHistory;
import vn.dvk.reporting.compliance.domain.ComplianceCalculator;
import vn.dvk.reporting.compliance.domain.ComplianceRow;
import vn.dvk.reporting.compliance.domain.UnitNode;
import vn.dvk.reporting.projection.domain.CampaignTargets;
import vn.dvk.reporting.statistics.application.CoveredRecords;
import vn.dvk.reporting.statistics.domain.ReportParameters;
import vn.dvk.reporting.statistics.domain.StatisticsCalculator;

/** Target compliance of the units below a unit for a year, from the campaign view and the counters. */
@Service
public class ComplianceService {

    private final CampaignTargets campaigns;
    private final CoveredRecords records;
    private final CurrentUnitDirectory units;
    private final UnitHistory history;

    public ComplianceService(CampaignTargets campaigns, CoveredRecords records, CurrentUnitDirectory units,
                             UnitHistory history) {
        this.campaigns = campaigns;
        this.records = records;
        this.units = units;
        this.history = history;
    }

    /** The answer: the unit and year asked and one row per unit with a target, worst first. */
    public record Compliance(String unit, int year, List<ComplianceRow> units) {
    }

    /**
     * The rows of the units below {@code unit}, and its own row when a campaign issued above it gives it a target
     * (a commune instance receives its district's plan, ADR 0018). A unit read in the tree that succeeded the
     * registered one has the units below it in that tree, each counting the old units it took over (ADR 0021).
     */
    public Compliance compliance(UnitSelection unit, String year) {
        int asked = ReportParameters.year(year);
        UnitDirectory tree = unit.successor() ? history.successor().orElseThrow().directory() : units.get();
        UnitNode own = tree.find(unit.code()).map(found -> node(tree, found, unit.successor())).orElse(null);
        List<UnitNode> below = tree.descendantsOf(unit.code()).stream()
                .map(found -> node(tree, found, unit.successor())).toList();
        return new Compliance(unit.code(), asked, ComplianceCalculator.compute(asked, own, below, campaigns.all(),
                records.counts(unit, asked), StatisticsCalculator.DEFAULT_STATUSES));
    }

    private UnitNode node(UnitDirectory tree, AdministrativeUnit unit, boolean successor) {
        String path = tree.pathOf(unit.code()).orElse("");
        List<String> paths = successor ? history.coverage(unit.code(), history.successor().orElseThrow().validFrom())
                .map(UnitCoverage::paths).orElse(List.of(path)) : List.of(path);
        return new UnitNode(unit.code(), unit.fullName(), unit.level(), unit.parentCode(), path, paths);
    }
}
