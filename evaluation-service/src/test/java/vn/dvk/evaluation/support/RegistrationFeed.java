package vn.dvk.evaluation.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.Topics;
import vn.dvk.contracts.registration.CampaignPublished;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.ModelStatusChanged;
import vn.dvk.contracts.registration.ModelUpdated;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.testsupport.TopicProbe;

/** Plays registration-service: publishes model events on {@code dvk.registration} as it would. */
public final class RegistrationFeed {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SOURCE = "/dvk/registration-service/14";

    private RegistrationFeed() {
    }

    public static void registered(ModelSnapshot model) {
        publish(RegistrationEvents.MODEL_REGISTERED, model, new ModelRegistered(model, "UBND xã Lóng Phiêng",
                Instant.now()));
    }

    public static void statusChanged(ModelSnapshot model, ModelStatus from, String reason) {
        publish(RegistrationEvents.MODEL_STATUS_CHANGED, model, new ModelStatusChanged(model, from, model.status(),
                reason, "Ban Dân vận Huyện ủy", null, Instant.now()));
    }

    public static void resubmitted(ModelSnapshot model) {
        publish(RegistrationEvents.MODEL_UPDATED, model, new ModelUpdated(model, true, "UBND xã Lóng Phiêng",
                Instant.now()));
    }

    /** The unit edited the model into the unit of {@code moved}, away from the unit at {@code leftPath}. */
    public static void moved(ModelSnapshot moved, String leftPath) {
        TopicProbe.send(Topics.REGISTRATION, CloudEvent.of(RegistrationEvents.MODEL_UPDATED, SOURCE, moved.id(),
                moved.unitPath(), moved.version()).movedFrom(leftPath), JSON.writeValueAsString(
                new ModelUpdated(moved, false, "UBND huyện Yên Châu", Instant.now(), leftPath)));
    }

    /**
     * A campaign {@code issuingUnitCode} (at {@code issuingUnitPath}) published for 2022–2025, the period of seed 001's
     * guidance.
     */
    public static void campaignPublished(String campaignId, String issuingUnitCode, String issuingUnitPath) {
        CampaignSnapshot campaign = new CampaignSnapshot(campaignId, issuingUnitCode, issuingUnitPath,
                "Phong trào thi đua \"Dân vận khéo\" giai đoạn 2022-2025", "01-KH/BDVHU", LocalDate.of(2022, 1, 10),
                2022, 2025, null, List.of(), List.of(), 1);
        TopicProbe.send(Topics.REGISTRATION, CloudEvent.of(RegistrationEvents.CAMPAIGN_PUBLISHED, SOURCE, campaignId,
                issuingUnitPath, 1), JSON.writeValueAsString(new CampaignPublished(campaign, "Ban Dân vận Huyện ủy",
                Instant.now())));
    }

    private static <T> void publish(EventType<T> type, ModelSnapshot model, T payload) {
        TopicProbe.send(Topics.REGISTRATION, CloudEvent.of(type, SOURCE, model.id(), model.unitPath(),
                model.version()), JSON.writeValueAsString(payload));
    }
}
