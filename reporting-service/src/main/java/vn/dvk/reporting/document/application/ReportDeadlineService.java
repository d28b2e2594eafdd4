package vn.dvk.reporting.document.application;

import org.springframework.stereotype.Service;
import vn.dvk.reporting.document.domain.ReportDeadlines;
import vn.dvk.reporting.projection.domain.CampaignDeadlines;
import vn.dvk.reporting.projection.domain.CampaignTargets;

/** The deadlines that apply to a unit's reports, from the campaigns and the deadlines levels set for them. */
@Service
public class ReportDeadlineService {

    private final CampaignTargets campaigns;
    private final CampaignDeadlines deadlines;

    public ReportDeadlineService(CampaignTargets campaigns, CampaignDeadlines deadlines) {
        this.campaigns = campaigns;
        this.deadlines = deadlines;
    }

    /** The deadlines of the report the unit at {@code unitPath} sends up for {@code year}. */
    public ReportDeadlines ofReportBy(String unitPath, int year) {
        return ReportDeadlines.ofReportBy(unitPath, year, campaigns.all(), deadlines.setAtOrAbove(unitPath));
    }

    /** The deadlines of the reports the unit at {@code unitPath} receives from the units below it for {@code year}. */
    public ReportDeadlines ofReportsTo(String unitPath, int year) {
        return ReportDeadlines.ofReportsTo(unitPath, year, campaigns.all(), deadlines.setAtOrAbove(unitPath));
    }
}
