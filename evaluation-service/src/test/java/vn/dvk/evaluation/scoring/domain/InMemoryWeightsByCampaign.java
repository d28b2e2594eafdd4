package vn.dvk.evaluation.scoring.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.dvk.evaluation.shared.domain.Versioned;

/** Campaign weights in memory; each change moves them one version on, as the store does. */
public final class InMemoryWeightsByCampaign implements WeightsByCampaign {

    private final Map<String, Versioned<Weights>> byCampaign = new HashMap<>();

    @Override
    public Optional<Versioned<Weights>> find(String campaignId) {
        return Optional.ofNullable(byCampaign.get(campaignId));
    }

    @Override
    public long put(String campaignId, Weights weights, String updatedBy, Instant updatedAt) {
        long version = find(campaignId).map(Versioned::version).orElse(0L) + 1;
        byCampaign.put(campaignId, new Versioned<>(weights, version));
        return version;
    }
}
