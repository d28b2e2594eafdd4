package vn.dvk.contracts.evaluation;

import java.time.Instant;
import java.time.MonthDay;

/**
 * A level set a campaign's yearly deadlines for its subtree (seed 001, steps 4-5): the mid-year report, the year-end
 * report and recognition, each a day of the year ({@code --07-25}). {@code unitCode}/{@code unitPath} name the level
 * that set them; it replaces what that level set before, and the setting nearest above a unit applies to it. Reference
 * data: it flows down to the instances below the level, whose reports are due on these days.
 */
public record CampaignDeadlinesSet(String campaignId, String unitCode, String unitPath, MonthDay midYearReport,
                                   MonthDay yearEndReport, MonthDay recognition, Instant occurredAt) {
}
