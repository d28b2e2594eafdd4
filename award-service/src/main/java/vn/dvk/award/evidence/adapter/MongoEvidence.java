package vn.dvk.award.evidence.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.dvk.award.evidence.domain.CampaignRecord;
import vn.dvk.award.evidence.domain.Evidence;
import vn.dvk.award.evidence.domain.ModelRecord;
import vn.dvk.award.evidence.domain.RatingRecord;
import vn.dvk.award.evidence.domain.RecognitionRecord;
import vn.dvk.award.evidence.domain.TitleRecord;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.platform.readmodel.ReadModel;
import vn.dvk.platform.scope.Subtree;

/**
 * The evidence as a read model: rebuilt from the topics like any other, each record written by {@code _id}. Events
 * of one model or campaign arrive in order on one partition, so the version check needs no atomic compare.
 */
@Repository
class MongoEvidence implements Evidence, ReadModel {

    private final MongoTemplate mongo;

    MongoEvidence(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "award-evidence";
    }

    @Override
    public List<Class<?>> documents() {
        return List.of(EvidenceDocuments.Rating.class, EvidenceDocuments.TitleHeld.class,
                EvidenceDocuments.Model.class, EvidenceDocuments.Recognition.class,
                EvidenceDocuments.Campaign.class);
    }

    @Override
    public void putRating(RatingRecord rating) {
        EvidenceDocuments.Rating stored = mongo.findById(rating.ratingId(), EvidenceDocuments.Rating.class);
        if (stored == null || rating.version() == 0 || stored.version() < rating.version()) {
            mongo.save(EvidenceDocuments.Rating.of(rating));
        }
    }

    @Override
    public void putTitle(TitleRecord title) {
        EvidenceDocuments.TitleHeld stored = mongo.findById(title.titleId(), EvidenceDocuments.TitleHeld.class);
        if (stored == null || title.version() == 0 || stored.version() < title.version()) {
            mongo.save(EvidenceDocuments.TitleHeld.of(title));
        }
    }

    @Override
    public void putModel(ModelRecord model) {
        EvidenceDocuments.Model stored = mongo.findById(model.id(), EvidenceDocuments.Model.class);
        if (stored == null || stored.version() < model.version()) {
            mongo.save(EvidenceDocuments.Model.of(model));
        }
    }

    @Override
    public void removeModel(String id, long version) {
        mongo.remove(Query.query(Criteria.where("_id").is(id).and("version").lt(version)),
                EvidenceDocuments.Model.class);
    }

    @Override
    public void putRecognition(RecognitionRecord recognition) {
        mongo.save(EvidenceDocuments.Recognition.of(recognition));
    }

    @Override
    public void putCampaign(CampaignRecord campaign) {
        EvidenceDocuments.Campaign stored = mongo.findById(campaign.id(), EvidenceDocuments.Campaign.class);
        if (stored == null || stored.version() < campaign.version()) {
            mongo.save(EvidenceDocuments.Campaign.of(campaign));
        }
    }

    @Override
    public List<RatingRecord> ratings(RatedSubject subject, String unitCode) {
        return mongo.find(Query.query(Criteria.where("unitCode").is(unitCode).and("subject").is(subject.name())),
                EvidenceDocuments.Rating.class).stream().map(EvidenceDocuments.Rating::toRecord).toList();
    }

    @Override
    public List<TitleRecord> titles(Title title, String subtreePath) {
        return mongo.find(Query.query(Criteria.where("title").is(title.name())
                        .andOperator(Subtree.of("unitPath", subtreePath))), EvidenceDocuments.TitleHeld.class)
                .stream().map(EvidenceDocuments.TitleHeld::toRecord).toList();
    }

    @Override
    public Optional<ModelRecord> model(String id) {
        return Optional.ofNullable(mongo.findById(id, EvidenceDocuments.Model.class))
                .map(EvidenceDocuments.Model::toRecord);
    }

    @Override
    public List<ModelRecord> modelsIn(String subtreePath) {
        return mongo.find(Query.query(Subtree.of("unitPath", subtreePath)), EvidenceDocuments.Model.class).stream()
                .map(EvidenceDocuments.Model::toRecord).toList();
    }

    @Override
    public List<ModelRecord> modelsOwnedBy(String personId) {
        return mongo.find(Query.query(Criteria.where("ownerPersonId").is(personId)), EvidenceDocuments.Model.class)
                .stream().map(EvidenceDocuments.Model::toRecord).toList();
    }

    @Override
    public List<ModelRecord> replicasOf(String modelId) {
        return mongo.find(Query.query(Criteria.where("replicatedFrom").is(modelId)), EvidenceDocuments.Model.class)
                .stream().map(EvidenceDocuments.Model::toRecord).toList();
    }

    @Override
    public List<RecognitionRecord> recognitionsOf(String modelId) {
        return mongo.find(Query.query(Criteria.where("modelId").is(modelId)), EvidenceDocuments.Recognition.class)
                .stream().map(EvidenceDocuments.Recognition::toRecord).toList();
    }

    @Override
    public Optional<CampaignRecord> campaign(String id) {
        return Optional.ofNullable(mongo.findById(id, EvidenceDocuments.Campaign.class))
                .map(EvidenceDocuments.Campaign::toRecord);
    }
}
