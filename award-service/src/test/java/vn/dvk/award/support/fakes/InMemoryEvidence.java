package vn.dvk.award.support.fakes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.award.evidence.domain.CampaignRecord;
import vn.dvk.award.evidence.domain.Evidence;
import vn.dvk.award.evidence.domain.ModelRecord;
import vn.dvk.award.evidence.domain.RatingRecord;
import vn.dvk.award.evidence.domain.RecognitionRecord;
import vn.dvk.award.evidence.domain.TitleRecord;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.platform.unit.domain.UnitDirectory;

/** The evidence read model in maps by id; models and campaigns are replaced only by a higher version. */
public final class InMemoryEvidence implements Evidence {

    private final Map<String, RatingRecord> ratings = new LinkedHashMap<>();
    private final Map<String, TitleRecord> titles = new LinkedHashMap<>();
    private final Map<String, ModelRecord> models = new LinkedHashMap<>();
    private final Map<String, RecognitionRecord> recognitions = new LinkedHashMap<>();
    private final Map<String, CampaignRecord> campaigns = new LinkedHashMap<>();

    @Override
    public synchronized void putRating(RatingRecord rating) {
        ratings.merge(rating.ratingId(), rating, (stored, given) ->
                given.version() == 0 || given.version() > stored.version() ? given : stored);
    }

    @Override
    public synchronized void putTitle(TitleRecord title) {
        titles.merge(title.titleId(), title, (stored, given) ->
                given.version() == 0 || given.version() > stored.version() ? given : stored);
    }

    @Override
    public synchronized void putModel(ModelRecord model) {
        models.merge(model.id(), model, (stored, given) -> given.version() > stored.version() ? given : stored);
    }

    @Override
    public synchronized void removeModel(String id, long version) {
        models.computeIfPresent(id, (key, stored) -> stored.version() < version ? null : stored);
    }

    @Override
    public synchronized void putRecognition(RecognitionRecord recognition) {
        recognitions.put(recognition.evaluationId(), recognition);
    }

    @Override
    public synchronized void putCampaign(CampaignRecord campaign) {
        campaigns.merge(campaign.id(), campaign, (stored, given) -> given.version() > stored.version() ? given
                : stored);
    }

    @Override
    public synchronized List<RatingRecord> ratings(RatedSubject subject, String unitCode) {
        return ratings.values().stream().filter(r -> r.subject() == subject && r.unitCode().equals(unitCode))
                .toList();
    }

    @Override
    public synchronized List<TitleRecord> titles(Title title, String subtreePath) {
        return titles.values().stream()
                .filter(t -> t.title() == title && UnitDirectory.pathIsWithin(t.unitPath(), subtreePath)).toList();
    }

    @Override
    public synchronized Optional<ModelRecord> model(String id) {
        return Optional.ofNullable(models.get(id));
    }

    @Override
    public synchronized List<ModelRecord> modelsIn(String subtreePath) {
        return models.values().stream().filter(m -> UnitDirectory.pathIsWithin(m.unitPath(), subtreePath)).toList();
    }

    @Override
    public synchronized List<ModelRecord> modelsOwnedBy(String personId) {
        return models.values().stream().filter(m -> personId.equals(m.ownerPersonId())).toList();
    }

    @Override
    public synchronized List<ModelRecord> replicasOf(String modelId) {
        return models.values().stream().filter(m -> modelId.equals(m.replicatedFrom())).toList();
    }

    @Override
    public synchronized List<RecognitionRecord> recognitionsOf(String modelId) {
        return recognitions.values().stream().filter(r -> r.modelId().equals(modelId)).toList();
    }

    @Override
    public synchronized Optional<CampaignRecord> campaign(String id) {
        return Optional.ofNullable(campaigns.get(id));
    }
}
