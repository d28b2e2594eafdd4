package vn.dvk.evaluation.scoring.application;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.Criterion;
import vn.dvk.evaluation.scoring.domain.Weights;
import vn.dvk.evaluation.scoring.domain.WeightsByCampaign;
import vn.dvk.evaluation.shared.domain.Versioned;

/** Criterion weights per campaign; equal weights where a campaign set none. */
@Service
public class WeightsService {

    /** A campaign's weights as the API shows them; {@code version} 0 when they are the defaults. */
    public record CampaignWeights(String campaignId, Map<Criterion, Double> weights, long version) {
    }

    private final WeightsByCampaign weightsByCampaign;
    private final Clock clock;

    public WeightsService(WeightsByCampaign weightsByCampaign, Clock clock) {
        this.weightsByCampaign = weightsByCampaign;
        this.clock = clock;
    }

    public Weights weightsOf(String campaignId) {
        if (campaignId == null) {
            return Weights.equal();
        }
        return weightsByCampaign.find(campaignId).map(Versioned::value).orElseGet(Weights::equal);
    }

    public CampaignWeights get(String campaignId) {
        Optional<Versioned<Weights>> stored = weightsByCampaign.find(campaignId);
        Weights weights = stored.map(Versioned::value).orElseGet(Weights::equal);
        return new CampaignWeights(campaignId, weights.inCatalogueOrder(), stored.map(Versioned::version).orElse(0L));
    }

    public CampaignWeights set(String campaignId, Map<Criterion, Double> given, String updatedBy) {
        Weights weights = Weights.validated(given);
        long version = weightsByCampaign.put(campaignId, weights, updatedBy, clock.instant());
        return new CampaignWeights(campaignId, weights.inCatalogueOrder(), version);
    }
}
