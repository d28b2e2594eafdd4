package vn.dvk.reporting.projection.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.registration.CampaignSnapshot;

/** The latest version of every campaign in scope, with its targets. */
@Component
public class MongoCampaigns {

    public static final String COLLECTION = "rpt_campaigns";

    private final MongoTemplate mongo;
    private final JsonMapper json;

    public MongoCampaigns(MongoTemplate mongo, JsonMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    /** Keeps the snapshot when it is newer than the stored one. */
    @SuppressWarnings("unchecked")
    public boolean save(CampaignSnapshot campaign, long version) {
        Document snapshot = new Document((Map<String, Object>) json.convertValue(campaign, Map.class));
        if (mongo.updateFirst(Query.query(Criteria.where("_id").is(campaign.id()).and("version").lt(version)),
                new Update().set("campaign", snapshot).set("version", version), COLLECTION).getMatchedCount() > 0) {
            return true;
        }
        try {
            mongo.insert(new Document("_id", campaign.id()).append("campaign", snapshot).append("version", version),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public List<CampaignSnapshot> all() {
        List<CampaignSnapshot> campaigns = new ArrayList<>();
        for (Document document : mongo.findAll(Document.class, COLLECTION)) {
            campaigns.add(json.convertValue(document.get("campaign"), CampaignSnapshot.class));
        }
        return campaigns;
    }
}
