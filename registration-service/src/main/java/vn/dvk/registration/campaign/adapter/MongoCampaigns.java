package vn.dvk.registration.campaign.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.dvk.contracts.registration.CampaignPublished;
import vn.dvk.contracts.registration.CampaignUpdated;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.Subtree;
import vn.dvk.registration.campaign.domain.Campaign;
import vn.dvk.registration.campaign.domain.Campaigns;

/**
 * Campaigns as {@link CampaignDocument}s: this instance's own with each change written with its event through the
 * platform outbox, the copies of those issued above its scope as they were announced.
 */
@Repository
class MongoCampaigns implements Campaigns {

    private final AggregateStore store;
    private final MongoTemplate mongo;

    MongoCampaigns(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    @Override
    public Optional<Campaign> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CampaignDocument.class)).map(CampaignDocument::toCampaign);
    }

    @Override
    public void add(Campaign published, String by) {
        store.save(CampaignDocument.of(published), published.id(), 0, List.of(new OutboundEvent<>(
                RegistrationEvents.CAMPAIGN_PUBLISHED, published.id(), published.issuingUnitPath(),
                new CampaignPublished(published.snapshot(), by, published.createdAt()))));
    }

    @Override
    public void update(Campaign revised, String by) {
        store.save(CampaignDocument.of(revised), revised.id(), revised.version() - 1, List.of(new OutboundEvent<>(
                RegistrationEvents.CAMPAIGN_UPDATED, revised.id(), revised.issuingUnitPath(),
                new CampaignUpdated(revised.snapshot(), by, revised.updatedAt()))));
    }

    @Override
    public void keepIssuedAbove(Campaign announced) {
        CampaignDocument kept = mongo.findById(announced.id(), CampaignDocument.class);
        if (kept == null) {
            mongo.insert(CampaignDocument.of(announced));
        } else if (kept.version() < announced.version()) {
            mongo.save(CampaignDocument.of(announced));
        }
    }

    @Override
    public List<Campaign> concerning(String unitPath, Integer year) {
        Query query = Query.query(new Criteria().orOperator(Subtree.of("issuingUnitPath", unitPath),
                Subtree.atOrAbove("issuingUnitPath", unitPath)));
        if (year != null) {
            query.addCriteria(Criteria.where("startYear").lte(year).and("endYear").gte(year));
        }
        query.with(Sort.by("issuingUnitPath", "startYear", "_id"));
        return mongo.find(query, CampaignDocument.class).stream().map(CampaignDocument::toCampaign).toList();
    }
}
