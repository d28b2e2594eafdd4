package vn.dvk.reporting.projection.domain;

import java.util.List;
import vn.dvk.contracts.evaluation.CampaignDeadlinesSet;

/** The deadlines levels set for campaigns, the latest per campaign and level, for the reports due to them. */
public interface CampaignDeadlines {

    /**
     * Keeps what a level set for a campaign when {@code version} is newer than what is kept for that campaign and
     * level; true when it was kept.
     */
    boolean save(CampaignDeadlinesSet deadlines, long version);

    /** What the unit at {@code unitPath} and the levels above it set, for every campaign. */
    List<CampaignDeadlinesSet> setAtOrAbove(String unitPath);
}
