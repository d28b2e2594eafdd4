package vn.dvk.evaluation.support;

import java.time.Instant;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.Topics;
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

    private static <T> void publish(EventType<T> type, ModelSnapshot model, T payload) {
        TopicProbe.send(Topics.REGISTRATION, CloudEvent.of(type, SOURCE, model.id(), model.unitPath(),
                model.version()), JSON.writeValueAsString(payload));
    }
}
