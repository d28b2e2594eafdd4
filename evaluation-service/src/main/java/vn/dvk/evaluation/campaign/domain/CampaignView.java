package vn.dvk.evaluation.campaign.domain;

/**
 * What evaluation-service knows of a campaign: the latest snapshot registration-service published. Registration owns
 * campaigns; levels set their weights, deadlines and reminders here only for campaigns announced this way.
 */
public record CampaignView(String id, String name, String issuingUnitPath, int startYear, int endYear,
                           long version) {

    /** Whether a snapshot of {@code otherVersion} is newer than this view (older and repeated ones are ignored). */
    public boolean isOlderThan(long otherVersion) {
        return version < otherVersion;
    }
}
