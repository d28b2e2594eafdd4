package vn.dvk.notification.support;

import vn.dvk.platform.unit.domain.DemoUnits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.identity.IdentityEvents;
import vn.dvk.contracts.identity.OfficialRegistered;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.ModelStatusChanged;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/**
 * The events this service consumes, built as their owners publish them: as {@link InboundEvent}s for application
 * tests, or published on the shared broker for integration tests ({@code publish…}).
 */
public final class Events {

    public static final Instant MARCH_2022 = Instant.parse("2022-03-01T02:00:00Z");

    private Events() {
    }

    /** A grassroots model of the Tai nung pears (seed 004) at the unit, in the status, at the version. */
    public static ModelSnapshot model(String id, String unitCode, ModelStatus status, long version) {
        return model(id, unitCode, ManagementLevel.GRASSROOTS, status, version);
    }

    public static ModelSnapshot model(String id, String unitCode, ManagementLevel level, ModelStatus status,
                                      long version) {
        return new ModelSnapshot(id, 2022, unitCode, DemoUnits.pathOf(unitCode), level, Field.ECONOMY,
                OwnerType.INDIVIDUAL, ModelKind.MODEL, status, "Mô hình trồng lê Tai nung",
                "bản Cồn Huôt 1, xã Lóng Phiêng", "Hộ ông Nguyễn Hương Bông", "Nguyễn Hương Bông",
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null, null, version);
    }

    public static ModelStatusChanged statusChanged(ModelSnapshot before, ModelStatus to, String reason) {
        ModelSnapshot after = new ModelSnapshot(before.id(), before.year(), before.unitCode(), before.unitPath(),
                before.level(), before.field(), before.ownerType(), before.kind(), to, before.name(),
                before.address(), before.ownerName(), before.personInCharge(), before.startDate(), before.endDate(),
                before.campaignId(), before.replicatedFrom(), before.version() + 1);
        return new ModelStatusChanged(after, before.status(), to, reason, "Ban Dân vận Huyện ủy Yên Châu",
                UUID.randomUUID().toString(), MARCH_2022);
    }

    public static ModelRegistered registered(ModelSnapshot model) {
        return new ModelRegistered(model, "Cán bộ xã Lóng Phiêng", MARCH_2022);
    }

    /** An event as the dispatcher hands it to a handler, with a fresh id. */
    public static <T> InboundEvent<T> inbound(EventType<T> type, String subject, String unitPath, T payload) {
        return new InboundEvent<>(UUID.randomUUID().toString(), type.name(), "/dvk/test", subject, unitPath, 1,
                MARCH_2022, payload);
    }

    public static InboundEvent<ModelStatusChanged> inbound(ModelStatusChanged change) {
        return inbound(RegistrationEvents.MODEL_STATUS_CHANGED, change.model().id(), change.model().unitPath(),
                change);
    }

    public static InboundEvent<ModelRegistered> inbound(ModelRegistered registered) {
        return inbound(RegistrationEvents.MODEL_REGISTERED, registered.model().id(), registered.model().unitPath(),
                registered);
    }

    /** Publishes an event on its topic as its owner's outbox relay would; returns its attributes. */
    public static <T> CloudEvent publish(EventType<T> type, String subject, String unitPath, long sequence,
                                         T payload) {
        CloudEvent event = CloudEvent.of(type, "/dvk/test", subject, unitPath, sequence);
        TopicProbe.send(type.topic(), event, ServiceClient.JSON.writeValueAsString(payload));
        return event;
    }

    public static CloudEvent publish(ModelStatusChanged change) {
        return publish(RegistrationEvents.MODEL_STATUS_CHANGED, change.model().id(), change.model().unitPath(),
                change.model().version(), change);
    }

    /** identity-service announces the official. */
    public static CloudEvent publish(Official official) {
        return publish(IdentityEvents.OFFICIAL_REGISTERED, official.login(), official.unitPath(), official.version(),
                new OfficialRegistered(OfficialFixtures.snapshot(official), "sonla.admin", MARCH_2022));
    }
}
