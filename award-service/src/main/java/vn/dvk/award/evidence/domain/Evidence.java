package vn.dvk.award.evidence.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.Title;

/**
 * What award-service knows from other services' events, the only facts eligibility rules are checked against. A
 * record replaces an older one of the same id; models, campaigns, ratings and titles only by a higher version (a
 * rating or title announced without versions, before they were kept, by whichever came last).
 */
public interface Evidence {

    void putRating(RatingRecord rating);

    void putTitle(TitleRecord title);

    void putModel(ModelRecord model);

    /**
     * Forgets a model that moved out of this instance's scope at {@code version}; a model already known at a newer
     * version (it came back) stays.
     */
    void removeModel(String id, long version);

    void putRecognition(RecognitionRecord recognition);

    void putCampaign(CampaignRecord campaign);

    /** The ratings of a unit ({@code UNIT}) or of the people rated in it ({@code INDIVIDUAL}). */
    List<RatingRecord> ratings(RatedSubject subject, String unitCode);

    /** The titles of a kind recorded in a unit's subtree. */
    List<TitleRecord> titles(Title title, String subtreePath);

    Optional<ModelRecord> model(String id);

    /** The models of a unit's subtree. */
    List<ModelRecord> modelsIn(String subtreePath);

    /** The models whose individual owner is this person of the registry. */
    List<ModelRecord> modelsOwnedBy(String personId);

    /** The models registered as replicas of this one ({@code replicatedFrom}). */
    List<ModelRecord> replicasOf(String modelId);

    List<RecognitionRecord> recognitionsOf(String modelId);

    Optional<CampaignRecord> campaign(String id);
}
