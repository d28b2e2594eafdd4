package vn.dvk.evaluation.campaign.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The campaign views in memory. */
public final class InMemoryCampaignViews implements CampaignViews {

    private final Map<String, CampaignView> byId = new HashMap<>();

    @Override
    public Optional<CampaignView> find(String campaignId) {
        return Optional.ofNullable(byId.get(campaignId));
    }

    @Override
    public void save(CampaignView view) {
        byId.put(view.id(), view);
    }
}
