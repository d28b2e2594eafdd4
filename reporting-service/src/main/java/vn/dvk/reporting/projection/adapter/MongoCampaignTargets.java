package vn.dvk.reporting.projection.adapter;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dvk.reporting.generation.domain.ReadModelGeneration;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.platform.readmodel.ReadModel;
import vn.dvk.reporting.projection.domain.CampaignTargets;

/** The campaigns in {@link CampaignDocument}s. */
@Component
public class MongoCampaignTargets implements CampaignTargets, ReadModel {

    private final MongoTemplate mongo;
    private final ReadModelGeneration generation;

    public MongoCampaignTargets(MongoTemplate mongo, ReadModelGeneration generation) {
        this.mongo = mongo;
        this.generation = generation;
    }

    @Override
    public String name() {
        return "campaign-targets";
    }

    @Override
    public List<Class<?>> documents() {
        return List.of(CampaignDocument.class);
    }

    /**
     * A conditional update rather than a save: the store must decide "newer than the stored version" in the same
     * write, so that a late older snapshot never replaces a newer one.
     */
    @Override
    public boolean save(CampaignSnapshot campaign, long version) {
        if (mongo.updateFirst(Query.query(Criteria.where("id").is(campaign.id()).and("version").lt(version)),
                new Update().set("campaign", campaign).set("version", version), CampaignDocument.class,
                collection(CampaignDocument.class))
                .getMatchedCount() > 0) {
            return true;
        }
        try {
            mongo.insert(new CampaignDocument(campaign.id(), campaign, version), collection(CampaignDocument.class));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public List<CampaignSnapshot> all() {
        return mongo.findAll(CampaignDocument.class, collection(CampaignDocument.class)).stream()
                .map(CampaignDocument::campaign).toList();
    }

    /** The collection of {@code document} in the generation this adapter reads and writes (ADR 0023). */
    private String collection(Class<?> document) {
        return generation.collection(mongo.getCollectionName(document));
    }
}
