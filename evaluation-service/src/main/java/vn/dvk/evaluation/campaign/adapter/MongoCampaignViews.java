package vn.dvk.evaluation.campaign.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.dvk.evaluation.campaign.domain.CampaignView;
import vn.dvk.evaluation.campaign.domain.CampaignViews;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.readmodel.ReadModel;

/**
 * The campaign views in {@code campaign_views}: a projection of registration's campaigns that emits nothing, written
 * directly and replayable like any read model.
 */
@Component
public class MongoCampaignViews implements CampaignViews, ReadModel {

    private final MongoTemplate mongo;

    public MongoCampaignViews(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "campaign-views";
    }

    @Override
    public List<Class<?>> documents() {
        return List.of(CampaignViewDocument.class);
    }

    /** A campaign issued outside the caller's line is as absent to him as one never announced. */
    @Override
    public Optional<CampaignView> find(String campaignId) {
        try {
            return Optional.ofNullable(mongo.findById(campaignId, CampaignViewDocument.class))
                    .map(CampaignViewDocument::toView);
        } catch (Rejection.NotFound outsideTheCallersLine) {
            return Optional.empty();
        }
    }

    @Override
    public void save(CampaignView view) {
        mongo.save(CampaignViewDocument.of(view));
    }
}
