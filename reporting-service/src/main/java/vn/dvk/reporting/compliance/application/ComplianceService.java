package vn.dvk.reporting.compliance.application;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.dvk.platform.scope.UnitSelection;
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
    private final UnitDirectory directory;

    public ComplianceService(CampaignTargets campaigns, ModelCounters counters, UnitDirectory directory) {
        this.campaigns = campaigns;
        this.counters = counters;
        this.directory = directory;
    }

    /** The answer: the unit and year asked and one row per unit with a target, worst first. */
    public record Compliance(String unit, int year, List<ComplianceRow> units) {
    }

    public Compliance compliance(UnitSelection unit, String year) {
        int asked = ReportParameters.year(year);
        List<UnitNode> below = directory.descendantsOf(unit.code()).stream()
                .map(u -> new UnitNode(u.code(), u.fullName(), u.level(), u.parentCode(),
                        directory.pathOf(u.code()).orElse(""))).toList();
        return new Compliance(unit.code(), asked, ComplianceCalculator.compute(asked, below, campaigns.all(),
                counters.countsUnder(unit.path(), asked), StatisticsCalculator.DEFAULT_STATUSES));
    }
}
