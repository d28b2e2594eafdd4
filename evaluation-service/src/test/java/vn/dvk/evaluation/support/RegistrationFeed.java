package vn.dvk.evaluation.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.events.CloudEventHeaders;
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

    private RegistrationFeed() {
    }

    /** A model of Lóng Phiêng commune (seed 004), grassroots level, implemented through 2022. */
    public static ModelSnapshot pearModel(String id, ModelStatus status, long version) {
        return new ModelSnapshot(id, 2022, "04096", "14/124/04096", ManagementLevel.GRASSROOTS, Field.ECONOMY,
                OwnerType.INDIVIDUAL, ModelKind.MODEL, status, "Mô hình trồng lê Tai nung",
                "bản Cồn Huôt 1, xã Lóng Phiêng", "Hộ ông Nguyễn Hương Bông", "Nguyễn Hương Bông",
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null, null, version);
    }

    public static ModelSnapshot withStatus(ModelSnapshot model, ModelStatus status, long version) {
        return new ModelSnapshot(model.id(), model.year(), model.unitCode(), model.unitPath(), model.level(),
                model.field(), model.ownerType(), model.kind(), status, model.name(), model.address(),
                model.ownerName(), model.personInCharge(), model.startDate(), model.endDate(), model.campaignId(),
                model.replicatedFrom(), version);
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
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, UUID.randomUUID().toString());
        headers.put(CloudEventHeaders.SOURCE, "/dvk/registration-service/14");
        headers.put(CloudEventHeaders.TYPE, type.name());
        headers.put(CloudEventHeaders.SUBJECT, model.id());
        headers.put(CloudEventHeaders.UNIT_PATH, model.unitPath());
        headers.put(CloudEventHeaders.SEQUENCE, Long.toString(model.version()));
        headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        TopicProbe.send(Topics.REGISTRATION, model.id(), JSON.writeValueAsString(payload), headers);
    }
}
