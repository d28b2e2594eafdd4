package vn.dvk.reporting.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.reporting.projection.domain.CampaignTargets;

/** {@link CampaignTargets} in a map, keeping only newer versions as the store does. */
public final class InMemoryCampaignTargets implements CampaignTargets {

    private final Map<String, CampaignSnapshot> campaigns = new LinkedHashMap<>();
    private final Map<String, Long> versions = new LinkedHashMap<>();

    @Override
    public synchronized boolean save(CampaignSnapshot campaign, long version) {
        if (versions.getOrDefault(campaign.id(), 0L) >= version) {
            return false;
        }
        campaigns.put(campaign.id(), campaign);
        versions.put(campaign.id(), version);
        return true;
    }

    @Override
    public synchronized List<CampaignSnapshot> all() {
        return new ArrayList<>(campaigns.values());
    }
}
