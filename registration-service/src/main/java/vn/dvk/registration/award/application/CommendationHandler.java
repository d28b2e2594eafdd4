package vn.dvk.registration.award.application;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.award.AwardDecided;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.registration.award.domain.Commendation;
import vn.dvk.registration.award.domain.Commendations;
import vn.dvk.registration.model.application.ModelService;

/**
 * Records on a model that a granted award rests on it. The model's status and version stay as they are: its history
 * holds the changes registration announces as events, and a commendation is award-service's fact, kept beside it.
 * Models this registry does not hold are skipped (they belong to another instance's subtree).
 */
@Component
public class CommendationHandler {

    private final ModelService models;
    private final Commendations commendations;
    private final Clock clock;

    public CommendationHandler(ModelService models, Commendations commendations, Clock clock) {
        this.models = models;
        this.commendations = commendations;
        this.clock = clock;
    }

    public void onDecided(InboundEvent<AwardDecided> event) {
        AwardDecided decided = event.payload();
        if (decided.outcome() != AwardOutcome.GRANTED) {
            return;
        }
        for (AwardDecided.Recipient recipient : decided.recipients()) {
            for (String modelId : recipient.modelIds()) {
                models.find(modelId).ifPresent(model -> commendations.record(new Commendation(
                        decided.proposalId() + "/" + recipient.nomineeId() + "/" + modelId, modelId,
                        model.unitPath(), decided.proposalId(), decided.decisionNumber(), decided.decisionDate(),
                        decided.formCode(), decided.formName(), recipient.name(), recipient.recipientType().name(),
                        event.id(), clock.instant())));
            }
        }
    }

    public List<Commendation> of(String modelId) {
        models.get(modelId);
        return commendations.of(modelId);
    }
}
