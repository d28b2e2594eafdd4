package vn.dvk.evaluation.scoring.application;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.Criterion;
import vn.dvk.evaluation.campaign.application.KnownCampaigns;
import vn.dvk.evaluation.scoring.domain.Weights;
import vn.dvk.evaluation.scoring.domain.WeightsByCampaign;
import vn.dvk.evaluation.shared.domain.LevelSetting;
import vn.dvk.platform.scope.InstanceScope;

/**
 * Criterion weights per campaign, set by each level for its subtree: an official sets his unit's (the instance's
 * when his unit lies above it) and reads the ones that apply to it; equal weights where no level set any.
 */
@Service
public class WeightsService {

    /**
     * A campaign's weights as the API shows them: the unit that set them and their version, or no unit and version
     * 0 for the equal defaults.
     */
    public record CampaignWeights(String campaignId, Map<Criterion, Double> weights, String unitCode, long version) {
    }

    private final WeightsByCampaign weightsByCampaign;
    private final KnownCampaigns campaigns;
    private final InstanceScope scope;
    private final Clock clock;

    public WeightsService(WeightsByCampaign weightsByCampaign, KnownCampaigns campaigns, InstanceScope scope,
                          Clock clock) {
        this.weightsByCampaign = weightsByCampaign;
        this.campaigns = campaigns;
        this.scope = scope;
        this.clock = clock;
    }

    /** The weights that apply to the campaign at the unit of {@code unitPath}. */
    public Weights weightsAt(String campaignId, String unitPath) {
        if (campaignId == null) {
            return Weights.equal();
        }
        return weightsByCampaign.applyingAt(campaignId, unitPath).map(LevelSetting::value).orElseGet(Weights::equal);
    }

    /** The weights that apply to the campaign for the official who asks. */
    public CampaignWeights get(String campaignId) {
        Optional<LevelSetting<Weights>> stored = weightsByCampaign.applyingAt(campaignId, scope.visibleSubtree());
        return new CampaignWeights(campaignId, stored.map(LevelSetting::value).orElseGet(Weights::equal)
                .inCatalogueOrder(), stored.map(setting -> scope.codeOf(setting.unitPath())).orElse(null),
                stored.map(LevelSetting::version).orElse(0L));
    }

    /**
     * Sets the weights of the official's unit for a campaign registration announced; {@code updatedBy} is that
     * official.
     */
    public CampaignWeights set(String campaignId, Map<Criterion, Double> given, String updatedBy) {
        Weights weights = Weights.validated(given);
        campaigns.require(campaignId);
        String unitPath = scope.settingLevel();
        long version = weightsByCampaign.put(campaignId, unitPath, weights, updatedBy, clock.instant());
        return new CampaignWeights(campaignId, weights.inCatalogueOrder(), scope.codeOf(unitPath), version);
    }
}
