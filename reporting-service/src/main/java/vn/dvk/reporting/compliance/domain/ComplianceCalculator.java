package vn.dvk.reporting.compliance.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.reporting.projection.domain.CounterCount;

/**
 * Target compliance (chỉ tiêu): for each unit below the asked one that a campaign gives a target for the year, the
 * models its subtree counts against the target and the gap, worst first; and the asked unit's own row when a campaign
 * issued above it gives it a target, such as a commune under its district's plan. A unit counts the models of every
 * subtree it covers, and a campaign applies to it when it was issued at or above one of them (ADR 0021).
 */
public final class ComplianceCalculator {

    private ComplianceCalculator() {
    }

    /**
     * @param units    the units below the asked unit
     * @param counts   the counters of the asked unit's subtree for the year
     * @param counted  the statuses that count towards a target
     */
    public static List<ComplianceRow> compute(int year, Collection<UnitNode> units,
                                              Collection<CampaignSnapshot> campaigns,
                                              Collection<CounterCount> counts, Set<ModelStatus> counted) {
        return compute(year, null, units, campaigns, counts, counted);
    }

    /**
     * @param asked    the asked unit, which has a row for the targets campaigns issued strictly above it give it (its
     *                 own campaigns set targets for the units below); null for none
     * @param units    the units below the asked unit
     * @param counts   the counters of the asked unit's subtree for the year
     * @param counted  the statuses that count towards a target
     */
    public static List<ComplianceRow> compute(int year, UnitNode asked, Collection<UnitNode> units,
                                              Collection<CampaignSnapshot> campaigns,
                                              Collection<CounterCount> counts, Set<ModelStatus> counted) {
        List<ComplianceRow> rows = new ArrayList<>();
        if (asked != null) {
            List<CampaignSnapshot> issuedAbove = campaigns.stream()
                    .filter(campaign -> !asked.path().equals(campaign.issuingUnitPath())).toList();
            ComplianceRow own = worst(year, asked, issuedAbove, counts, counted);
            if (own != null) {
                rows.add(own);
            }
        }
        for (UnitNode unit : units) {
            ComplianceRow worst = worst(year, unit, campaigns, counts, counted);
            if (worst != null) {
                rows.add(worst);
            }
        }
        rows.sort(Comparator.comparingLong(ComplianceRow::gap).reversed()
                .thenComparingDouble(row -> row.target() == 0 ? 1.0 : (double) row.count() / row.target())
                .thenComparing(ComplianceRow::unitCode));
        return List.copyOf(rows);
    }

    /** The unit's row against the target of the campaigns that leaves it the largest gap; null when none has one. */
    private static ComplianceRow worst(int year, UnitNode unit, Collection<CampaignSnapshot> campaigns,
                                       Collection<CounterCount> counts, Set<ModelStatus> counted) {
        ComplianceRow worst = null;
        for (CampaignSnapshot campaign : campaigns) {
            if (year < campaign.startYear() || year > campaign.endYear() || campaign.targets() == null
                    || unit.paths().stream().noneMatch(path -> within(path, campaign.issuingUnitPath()))) {
                continue;
            }
            for (CampaignSnapshot.Target target : campaign.targets()) {
                if (target.appliesTo() != unit.level() || (target.year() != null && target.year() != year)) {
                    continue;
                }
                long count = counts.stream()
                        .filter(c -> c.key().year() == year && counted.contains(c.key().status())
                                && unit.paths().stream().anyMatch(path -> within(c.key().unitPath(), path))
                                && (target.level() == null || target.level() == c.key().level()))
                        .mapToLong(CounterCount::count).sum();
                long gap = Math.max(0, target.minimumModels() - count);
                ComplianceRow row = new ComplianceRow(unit.code(), unit.name(), unit.level().name(),
                        unit.parentCode(), target.minimumModels(), count, gap,
                        target.level() == null ? null : target.level().name(), campaign.id(), campaign.name(),
                        target.description());
                if (worst == null || row.gap() > worst.gap()
                        || (row.gap() == worst.gap() && row.target() > worst.target())) {
                    worst = row;
                }
            }
        }
        return worst;
    }

    static boolean within(String path, String scopePath) {
        if (scopePath == null || scopePath.isEmpty()) {
            return true;
        }
        return path != null && (path.equals(scopePath) || path.startsWith(scopePath + "/"));
    }
}
