package vn.dvk.contracts.registration;

import java.util.List;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.Topics;

/** Event types owned by registration-service, published on {@link Topics#REGISTRATION}. */
public final class RegistrationEvents {

    public static final EventType<ModelRegistered> MODEL_REGISTERED =
            new EventType<>("vn.dvk.model.registered.v1", Topics.REGISTRATION, ModelRegistered.class);
    public static final EventType<ModelUpdated> MODEL_UPDATED =
            new EventType<>("vn.dvk.model.updated.v1", Topics.REGISTRATION, ModelUpdated.class);
    public static final EventType<ModelWithdrawn> MODEL_WITHDRAWN =
            new EventType<>("vn.dvk.model.withdrawn.v1", Topics.REGISTRATION, ModelWithdrawn.class);
    public static final EventType<ModelStatusChanged> MODEL_STATUS_CHANGED =
            new EventType<>("vn.dvk.model.status-changed.v1", Topics.REGISTRATION, ModelStatusChanged.class);
    public static final EventType<CampaignPublished> CAMPAIGN_PUBLISHED =
            EventType.referenceData("vn.dvk.campaign.published.v1", Topics.REGISTRATION, CampaignPublished.class);
    public static final EventType<CampaignUpdated> CAMPAIGN_UPDATED =
            EventType.referenceData("vn.dvk.campaign.updated.v1", Topics.REGISTRATION, CampaignUpdated.class);

    public static final List<EventType<?>> ALL = List.of(MODEL_REGISTERED, MODEL_UPDATED, MODEL_WITHDRAWN,
            MODEL_STATUS_CHANGED, CAMPAIGN_PUBLISHED, CAMPAIGN_UPDATED);

    private RegistrationEvents() {
    }
}
