package vn.dvk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.EventTypes;

class EventTypesTest {

    @Test
    void every_event_type_has_a_json_schema_with_its_own_id() {
        assertThat(EventTypes.all()).isNotEmpty();
        for (EventType<?> type : EventTypes.all()) {
            assertThat(EventTypes.class.getResource(type.schemaResource())).as(type.name()).isNotNull();
            assertThat(EventSchemaAssertions.schemaOf(type).getSchemaNode().path("$id").asString())
                    .isEqualTo(type.dataSchemaUri());
        }
    }

    @Test
    void event_types_are_past_tense_records() {
        for (EventType<?> type : EventTypes.all()) {
            assertThat(type.payloadType().isRecord()).as(type.name()).isTrue();
            assertThat(EventTypes.byName(type.name())).contains(type);
        }
    }

    @Test
    void only_campaigns_their_deadlines_inspection_plans_and_the_unit_directory_are_reference_data_that_flows_down() {
        assertThat(EventTypes.all().stream().filter(EventType::flowsDown).map(EventType::name))
                .containsExactlyInAnyOrder("vn.dvk.campaign.published.v1", "vn.dvk.campaign.updated.v1",
                        "vn.dvk.inspection-plan.published.v1", "vn.dvk.campaign-deadlines.set.v1",
                        "vn.dvk.unit-directory.published.v1");
    }
}
