package vn.dvk.reporting.document.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dvk.contracts.evaluation.CampaignDeadlinesSet;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * The days a unit's mid-year and year-end reports of a year are due, and where they come from. A report goes to the
 * level above, so the levels above set its deadline: the campaign in force in the year that was issued nearest above
 * the unit and for which a level above the unit set deadlines (evaluation's {@code campaign-deadlines.set}; of the
 * levels that set them, the nearest wins, as it does in evaluation); without one, seed 001's 25/7 and 15/12.
 *
 * @param campaignId the campaign whose deadlines apply, null for the seed's
 * @param setBy      the path of the unit that set them, null for the seed's
 */
public record ReportDeadlines(MonthDay midYearReport, MonthDay yearEndReport, String campaignId, String setBy) {

    /** Seed 001: the six-month report by 25/7, the year-end report by 15/12. */
    public static final ReportDeadlines SEED_001 = new ReportDeadlines(MonthDay.of(7, 25), MonthDay.of(12, 15),
            null, null);

    /** The last day a report of {@code kind} for {@code year} is on time. */
    public LocalDate of(ReportKind kind, int year) {
        return (kind == ReportKind.MID_YEAR ? midYearReport : yearEndReport).atYear(year);
    }

    /** The deadlines of the report of the unit at {@code unitPath}: those of the reports its parent receives. */
    public static ReportDeadlines ofReportBy(String unitPath, int year, List<CampaignSnapshot> campaigns,
                                             List<CampaignDeadlinesSet> settings) {
        return ofReportsTo(parentOf(unitPath), year, campaigns, settings);
    }

    /**
     * The deadlines of the reports the unit at {@code recipientPath} receives from the units directly below it for
     * {@code year}, from the campaigns and settings reporting knows: the recipient's and its ancestors'. A campaign
     * issued nearer the recipient comes first (of two issued by one unit, the one started later, then the lower id);
     * a campaign for which none of these levels set deadlines says nothing, and the next one up is asked.
     */
    public static ReportDeadlines ofReportsTo(String recipientPath, int year, List<CampaignSnapshot> campaigns,
                                              List<CampaignDeadlinesSet> settings) {
        Map<String, List<CampaignDeadlinesSet>> setAbove = settings.stream()
                .filter(setting -> UnitDirectory.pathIsWithin(recipientPath, setting.unitPath()))
                .collect(Collectors.groupingBy(CampaignDeadlinesSet::campaignId));
        return campaigns.stream()
                .filter(campaign -> campaign.startYear() <= year && year <= campaign.endYear())
                .filter(campaign -> campaign.issuingUnitPath() != null
                        && UnitDirectory.pathIsWithin(recipientPath, campaign.issuingUnitPath()))
                .sorted(Comparator.comparingInt((CampaignSnapshot campaign) -> depth(campaign.issuingUnitPath()))
                        .reversed()
                        .thenComparing(Comparator.comparingInt(CampaignSnapshot::startYear).reversed())
                        .thenComparing(CampaignSnapshot::id))
                .map(campaign -> nearest(setAbove.getOrDefault(campaign.id(), List.of())))
                .flatMap(Optional::stream)
                .findFirst()
                .map(setting -> new ReportDeadlines(setting.midYearReport(), setting.yearEndReport(),
                        setting.campaignId(), setting.unitPath()))
                .orElse(SEED_001);
    }

    private static Optional<CampaignDeadlinesSet> nearest(List<CampaignDeadlinesSet> settings) {
        return settings.stream().max(Comparator.comparingInt(setting -> depth(setting.unitPath())));
    }

    /** The level a unit reports to; the national root (empty path) reports to no one and has itself above. */
    private static String parentOf(String unitPath) {
        int last = unitPath.lastIndexOf('/');
        return last < 0 ? "" : unitPath.substring(0, last);
    }

    private static int depth(String path) {
        return path.isEmpty() ? 0 : path.split("/").length;
    }
}
