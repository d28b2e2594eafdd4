package vn.dvk.award.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.TaskRatingRecorded;
import vn.dvk.contracts.evaluation.TitleRecorded;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.registration.CampaignPublished;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.ModelStatusChanged;
import vn.dvk.contracts.registration.ModelUpdated;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/** Publishes what registration- and evaluation-service would, as those services do: CloudEvents on their topics. */
public final class Evidence {

    private static final Instant NOW = Instant.parse("2025-09-01T02:00:00Z");

    private Evidence() {
    }

    /** Plan 294/KH-UBND of Yên Châu (seed 000), 2021–2025. */
    public static String yenChauCampaign() {
        String id = UUID.randomUUID().toString();
        CampaignSnapshot campaign = new CampaignSnapshot(id, "124", "14/124", "Phong trào thi đua \"Dân vận khéo\""
                + " giai đoạn 2021-2025", "294/KH-UBND", LocalDate.of(2021, 11, 18), 2021, 2025, null,
                List.of(new CampaignSnapshot.Phase("Đợt 1", LocalDate.of(2021, 11, 1), LocalDate.of(2023, 7, 31))),
                List.of(new CampaignSnapshot.Target(UnitLevel.COMMUNE, null, null, 1, "Mỗi xã ít nhất 01 mô hình")),
                1);
        send(RegistrationEvents.CAMPAIGN_PUBLISHED, id, "14/124", 1, new CampaignPublished(campaign, "UBND huyện",
                NOW));
        return id;
    }

    /** A recognised model of a unit in a year. */
    public static String recognisedModel(String unitCode, String unitPath, int year, String name) {
        String id = UUID.randomUUID().toString();
        ModelSnapshot model = new ModelSnapshot(id, year, unitCode, unitPath, ManagementLevel.GRASSROOTS,
                Field.ECONOMY, OwnerType.COLLECTIVE, ModelKind.MODEL, ModelStatus.RECOGNIZED, name, "bản Cồn Huôt 1",
                "Chi hội Nông dân", "Nguyễn Hương Bông", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null,
                null, 5);
        send(RegistrationEvents.MODEL_STATUS_CHANGED, id, unitPath, 5, new ModelStatusChanged(model,
                ModelStatus.IN_PROGRESS, ModelStatus.RECOGNIZED, "Công nhận", "Đoàn kiểm tra", null, NOW));
        return id;
    }

    /** A model of an individual owner, a person of the registry, in a status; {@code replicatedFrom} may be null. */
    public static String personsModel(String ownerPersonId, String ownerName, String unitCode, String unitPath,
                                      int year, String name, ModelStatus status, String replicatedFrom) {
        String id = UUID.randomUUID().toString();
        ModelSnapshot model = personsSnapshot(id, ownerPersonId, ownerName, unitCode, unitPath, year, name, status,
                replicatedFrom, 5);
        send(RegistrationEvents.MODEL_STATUS_CHANGED, id, unitPath, 5, new ModelStatusChanged(model,
                ModelStatus.IN_PROGRESS, status, "Kết quả kiểm tra cuối năm", "Đoàn kiểm tra", null, NOW));
        return id;
    }

    /**
     * The edit that moved a person's model ({@link #personsModel}, not a replica) from the unit at
     * {@code previousUnitPath} into another unit, as registration announces a move: the new path as
     * {@code ce_unitpath}, the one left as {@code ce_previousunitpath} and in the payload. Returns the event's id.
     */
    public static String personsModelMoved(String id, String ownerPersonId, String ownerName, String unitCode,
                                           String unitPath, String previousUnitPath, int year, String name,
                                           ModelStatus status) {
        ModelSnapshot model = personsSnapshot(id, ownerPersonId, ownerName, unitCode, unitPath, year, name, status,
                null, 6);
        CloudEvent event = CloudEvent.of(RegistrationEvents.MODEL_UPDATED, "/test", id, unitPath, 6)
                .movedFrom(previousUnitPath);
        TopicProbe.send(RegistrationEvents.MODEL_UPDATED.topic(), event, ServiceClient.JSON.writeValueAsString(
                new ModelUpdated(model, false, "Cán bộ huyện", NOW, previousUnitPath)));
        return event.id();
    }

    private static ModelSnapshot personsSnapshot(String id, String ownerPersonId, String ownerName, String unitCode,
                                                 String unitPath, int year, String name, ModelStatus status,
                                                 String replicatedFrom, long version) {
        return new ModelSnapshot(id, year, unitCode, unitPath, ManagementLevel.GRASSROOTS, Field.ECONOMY,
                OwnerType.INDIVIDUAL, ModelKind.MODEL, status, name, "xã Lóng Phiêng", "Hộ " + ownerName, ownerName,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, replicatedFrom, version, ownerPersonId);
    }

    /** A collective's model of another unit registered as a replica of {@code originalId}. */
    public static String replica(String originalId, String unitCode, String unitPath, int year, String name) {
        String id = UUID.randomUUID().toString();
        ModelSnapshot model = new ModelSnapshot(id, year, unitCode, unitPath, ManagementLevel.GRASSROOTS,
                Field.ECONOMY, OwnerType.COLLECTIVE, ModelKind.MODEL, ModelStatus.REGISTERED, name, "bản Nà Viền",
                "Chi hội Nông dân bản Nà Viền", "Lường Văn Thanh", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), null, originalId, 1);
        send(RegistrationEvents.MODEL_REGISTERED, id, unitPath, 1, new ModelRegistered(model, unitCode, NOW));
        return id;
    }

    /** One rating per year from 2021 on, of the unit itself ({@code person} null) or of a person rated in it. */
    public static void ratings(String unitCode, String unitPath, String person, TaskRating... byYear) {
        for (int i = 0; i < byYear.length; i++) {
            String id = UUID.randomUUID().toString();
            send(EvaluationEvents.TASK_RATING_RECORDED, id, unitPath, 1, new TaskRatingRecorded(id,
                    person == null ? RatedSubject.UNIT : RatedSubject.INDIVIDUAL, unitCode, unitPath, person,
                    2021 + i, byYear[i], "UBND huyện Yên Châu", NOW, null, 1, null));
        }
    }

    /** A title held every year from {@code from} to {@code to}. */
    public static void title(Title title, String unitCode, String unitPath, String holder, int from, int to) {
        for (int year = from; year <= to; year++) {
            String id = UUID.randomUUID().toString();
            send(EvaluationEvents.TITLE_RECORDED, id, unitPath, 1, new TitleRecorded(id, title, unitCode, unitPath,
                    holder, year, "UBND xã", NOW, List.of(), 1, null));
        }
    }

    private static <T> void send(EventType<T> type, String subject, String unitPath, long sequence, T payload) {
        TopicProbe.send(type.topic(), CloudEvent.of(type, "/test", subject, unitPath, sequence),
                ServiceClient.JSON.writeValueAsString(payload));
    }
}
