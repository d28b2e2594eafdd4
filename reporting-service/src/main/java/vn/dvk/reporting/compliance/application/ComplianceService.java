package vn.dvk.reporting.compliance.application;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.reporting.compliance.domain.ComplianceCalculator;
import vn.dvk.reporting.compliance.domain.ComplianceRow;
import vn.dvk.reporting.compliance.domain.UnitNode;
import vn.dvk.reporting.projection.domain.CampaignTargets;
import vn.dvk.reporting.projection.domain.ModelCounters;
import vn.dvk.reporting.statistics.domain.ReportParameters;
import vn.dvk.reporting.statistics.domain.StatisticsCalculator;

/** Target compliance of the units below a unit for a year, from the campaign view and the counters. */
@Service
public class ComplianceService {

    private final CampaignTargets campaigns;
    private final ModelCounters counters;
    private final CurrentUnitDirectory units;

    public ComplianceService(CampaignTargets campaigns, ModelCounters counters, CurrentUnitDirectory units) {
        this.campaigns = campaigns;
        this.counters = counters;
        this.units = units;
    }

    /** The answer: the unit and year asked and one row per unit with a target, worst first. */
    public record Compliance(String unit, int year, List<ComplianceRow> units) {
    }

    /**
     * The rows of the units below {@code unit}, and its own row when a campaign issued above it gives it a target
     * (a commune instance receives its district's plan, ADR 0018).
     */
    public Compliance compliance(UnitSelection unit, String year) {
        int asked = ReportParameters.year(year);
        UnitDirectory directory = units.get();
        UnitNode own = directory.find(unit.code()).map(found -> node(found, directory)).orElse(null);
        List<UnitNode> below = directory.descendantsOf(unit.code()).stream()
                .map(found -> node(found, directory)).toList();
        return new Compliance(unit.code(), asked, ComplianceCalculator.compute(asked, own, below, campaigns.all(),
                counters.countsUnder(unit.path(), asked), StatisticsCalculator.DEFAULT_STATUSES));
    }

    private static UnitNode node(AdministrativeUnit unit, UnitDirectory directory) {
        return new UnitNode(unit.code(), unit.fullName(), unit.level(), unit.parentCode(),
                directory.pathOf(unit.code()).orElse(""));
    }
}
