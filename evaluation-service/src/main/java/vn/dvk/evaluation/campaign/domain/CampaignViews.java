package vn.dvk.evaluation.campaign.domain;

import java.util.Optional;

/** The campaigns this service knows from registration's events: one view per campaign, the latest snapshot. */
public interface CampaignViews {

    Optional<CampaignView> find(String campaignId);

    /** Stores the view, replacing the one the campaign had. */
    void save(CampaignView view);
}
