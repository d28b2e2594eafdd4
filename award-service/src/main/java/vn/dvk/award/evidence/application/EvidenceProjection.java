package vn.dvk.award.evidence.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dvk.award.evidence.domain.CampaignRecord;
import vn.dvk.award.evidence.domain.Evidence;
import vn.dvk.award.evidence.domain.ModelRecord;
import vn.dvk.award.evidence.domain.RatingRecord;
import vn.dvk.award.evidence.domain.RecognitionRecord;
import vn.dvk.award.evidence.domain.TitleRecord;
import vn.dvk.contracts.evaluation.ModelRecognitionDecided;
import vn.dvk.contracts.evaluation.TaskRatingRecorded;
import vn.dvk.contracts.evaluation.TitleRecorded;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.platform.scope.InstanceScope;

/** Keeps the evidence of eligibility up to date from registration's and evaluation's events. */
@Component
public class EvidenceProjection {

    private static final Logger log = LoggerFactory.getLogger(EvidenceProjection.class);

    private final Evidence evidence;
    private final InstanceScope scope;

    public EvidenceProjection(Evidence evidence, InstanceScope scope) {
        this.evidence = evidence;
        this.scope = scope;
    }

    /**
     * Keeps the model's newest snapshot. A snapshot of a model edited into a unit outside this instance's scope (it
     * reaches this instance because the unit it left lies inside, ADR 0018) removes the model: its owner's and its
     * unit's eligibility here no longer count it, a proposal here citing it finds no registration, and the instance
     * of its new unit takes it over. Recognitions decided before the move stay, as the history of the unit it left.
     */
    public void onModel(ModelSnapshot model) {
        if (!scope.coversPath(model.unitPath())) {
            log.info("model {} moved to {}, outside this instance's scope: it leaves the evidence here", model.id(),
                    model.unitPath());
            evidence.removeModel(model.id(), model.version());
            return;
        }
        evidence.putModel(new ModelRecord(model.id(), model.year(), model.unitCode(), model.unitPath(),
                model.ownerType(), model.name(), model.ownerName(), model.personInCharge(), model.status(),
                model.replicatedFrom(), model.version(), model.ownerPersonId()));
    }

    public void onCampaign(CampaignSnapshot campaign) {
        evidence.putCampaign(new CampaignRecord(campaign.id(), campaign.issuingUnitCode(), campaign.issuingUnitPath(),
                campaign.name(), campaign.documentNumber(), campaign.startYear(), campaign.endYear(),
                campaign.version()));
    }

    public void onRating(InboundEvent<TaskRatingRecorded> event) {
        TaskRatingRecorded rating = event.payload();
        evidence.putRating(new RatingRecord(rating.ratingId(), rating.subject(), rating.unitCode(),
                rating.unitPath(), rating.personName(), rating.year(), rating.rating(), rating.personId(),
                rating.version()));
    }

    public void onTitle(InboundEvent<TitleRecorded> event) {
        TitleRecorded title = event.payload();
        evidence.putTitle(new TitleRecord(title.titleId(), title.title(), title.unitCode(), title.unitPath(),
                title.holderName(), title.year(), title.holderPersonIds(), title.version()));
    }

    public void onRecognition(InboundEvent<ModelRecognitionDecided> event) {
        ModelRecognitionDecided decision = event.payload();
        evidence.putRecognition(new RecognitionRecord(decision.evaluationId(), decision.modelId(), decision.year(),
                decision.recognized(), decision.totalScore()));
    }
}
