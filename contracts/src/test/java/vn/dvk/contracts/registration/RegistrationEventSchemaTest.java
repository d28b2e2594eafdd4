package vn.dvk.contracts.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvk.contracts.EventSchemaAssertions.assertMatchesSchema;
import static vn.dvk.contracts.EventSchemaAssertions.schemaOf;

import com.networknt.schema.InputFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.events.EventType;

class RegistrationEventSchemaTest {

    private static final Instant NOW = Instant.parse("2022-03-01T02:00:00Z");
    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    static final ModelSnapshot TAI_NUNG_PEARS = new ModelSnapshot("m-1", 2022, "04096", "14/124/04096",
            ManagementLevel.GRASSROOTS, Field.ECONOMY, OwnerType.INDIVIDUAL, ModelKind.MODEL, ModelStatus.REGISTERED,
            "Mô hình trồng lê Tai nung", "bản Cồn Huôt 1, xã Lóng Phiêng", "Hộ ông Nguyễn Hương Bông",
            "Nguyễn Hương Bông", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null, null, 0);

    /** The same model as its owner's person of the registry announces it. */
    static final ModelSnapshot TAI_NUNG_PEARS_OF_A_PERSON = new ModelSnapshot("m-1", 2022, "04096", "14/124/04096",
            ManagementLevel.GRASSROOTS, Field.ECONOMY, OwnerType.INDIVIDUAL, ModelKind.MODEL, ModelStatus.RECOGNIZED,
            "Mô hình trồng lê Tai nung", "bản Cồn Huôt 1, xã Lóng Phiêng", "Hộ ông Nguyễn Hương Bông",
            "Nguyễn Hương Bông", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null, "m-0", 4, "p-bong");

    static final CampaignSnapshot YEN_CHAU_2021_2025 = new CampaignSnapshot("c-1", "124", "14/124",
            "Dân vận khéo gắn với thực hiện quy chế dân chủ giai đoạn 2021-2025", "294/KH-UBND",
            LocalDate.of(2021, 11, 18), 2021, 2025, null,
            List.of(new CampaignSnapshot.Phase("Đợt 1", LocalDate.of(2021, 11, 1), LocalDate.of(2023, 7, 31))),
            List.of(new CampaignSnapshot.Target(UnitLevel.DISTRICT, ManagementLevel.DISTRICT, null, 2, "Cấp huyện"),
                    new CampaignSnapshot.Target(UnitLevel.COMMUNE, null, 2022, 1, null)),
            3);

    @Test
    void every_registration_event_serialises_to_json_its_schema_accepts() {
        assertMatchesSchema(RegistrationEvents.MODEL_REGISTERED, new ModelRegistered(TAI_NUNG_PEARS, "04096", NOW));
        assertMatchesSchema(RegistrationEvents.MODEL_UPDATED, new ModelUpdated(TAI_NUNG_PEARS, true, "04096", NOW));
        assertMatchesSchema(RegistrationEvents.MODEL_WITHDRAWN,
                new ModelWithdrawn(TAI_NUNG_PEARS, ModelStatus.APPROVED, "Hộ gia đình chuyển đi", "04096", NOW));
        assertMatchesSchema(RegistrationEvents.MODEL_STATUS_CHANGED, new ModelStatusChanged(TAI_NUNG_PEARS,
                ModelStatus.REGISTERED, ModelStatus.APPROVED, "Phù hợp", "Ban Dân vận Huyện ủy", "e-1", NOW));
        assertMatchesSchema(RegistrationEvents.CAMPAIGN_PUBLISHED,
                new CampaignPublished(YEN_CHAU_2021_2025, "UBND huyện Yên Châu", NOW));
        assertMatchesSchema(RegistrationEvents.CAMPAIGN_UPDATED,
                new CampaignUpdated(YEN_CHAU_2021_2025, "UBND huyện Yên Châu", NOW));
    }

    @Test
    void every_model_event_carries_the_owners_person_id_and_accepts_events_written_before_it() {
        Map<EventType<?>, Object> events = Map.of(
                RegistrationEvents.MODEL_REGISTERED, new ModelRegistered(TAI_NUNG_PEARS_OF_A_PERSON, "04096", NOW),
                RegistrationEvents.MODEL_UPDATED, new ModelUpdated(TAI_NUNG_PEARS_OF_A_PERSON, false, "04096", NOW),
                RegistrationEvents.MODEL_WITHDRAWN, new ModelWithdrawn(TAI_NUNG_PEARS_OF_A_PERSON,
                        ModelStatus.RECOGNIZED, "Hộ gia đình chuyển đi", "04096", NOW),
                RegistrationEvents.MODEL_STATUS_CHANGED, new ModelStatusChanged(TAI_NUNG_PEARS_OF_A_PERSON,
                        ModelStatus.IN_PROGRESS, ModelStatus.RECOGNIZED, "Công nhận", "Đoàn kiểm tra", "e-1", NOW));

        events.forEach((type, event) -> {
            assertMatchesSchema(type, event);
            ObjectNode written = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(event));
            assertThat(written.at("/model/ownerPersonId").asString()).isEqualTo("p-bong");
            ((ObjectNode) written.get("model")).remove("ownerPersonId");
            assertThat(schemaOf(type).validate(written.toString(), InputFormat.JSON))
                    .as("%s written before owners were persons", type.name()).isEmpty();
        });
    }

    @Test
    void the_events_of_a_move_carry_the_path_the_model_left_and_accept_events_written_before_it() {
        ModelSnapshot moved = new ModelSnapshot("m-1", 2022, "04063", "14/124/04063", ManagementLevel.GRASSROOTS,
                Field.ECONOMY, OwnerType.INDIVIDUAL, ModelKind.MODEL, ModelStatus.REGISTERED,
                "Mô hình trồng lê Tai Nung", "Bản Tà Làng", "Hộ ông Lò Văn Tài", "Nguyễn Hương Bông",
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null, null, 5);
        Map<EventType<?>, Object> events = Map.of(
                RegistrationEvents.MODEL_UPDATED, new ModelUpdated(moved, true, "124", NOW, "14/124/04096"),
                RegistrationEvents.MODEL_STATUS_CHANGED, new ModelStatusChanged(moved, ModelStatus.RETURNED,
                        ModelStatus.REGISTERED, "Đơn vị đã chỉnh sửa và gửi lại", "124", null, NOW,
                        "14/124/04096"));

        events.forEach((type, event) -> {
            assertMatchesSchema(type, event);
            ObjectNode written = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(event));
            assertThat(written.get("previousUnitPath").asString()).isEqualTo("14/124/04096");
            written.remove("previousUnitPath");
            assertThat(schemaOf(type).validate(written.toString(), InputFormat.JSON))
                    .as("%s written before moves carried the path left", type.name()).isEmpty();
        });
    }

    @Test
    void every_registration_event_type_is_covered_by_this_test() {
        Set<String> names = RegistrationEvents.ALL.stream().map(EventType::name).collect(Collectors.toSet());
        assertThat(names).hasSize(6).allMatch(name -> name.startsWith("vn.dvk."));
    }
}
