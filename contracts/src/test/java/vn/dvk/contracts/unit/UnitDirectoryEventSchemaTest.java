package vn.dvk.contracts.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvk.contracts.EventSchemaAssertions.assertMatchesSchema;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.events.Topics;

class UnitDirectoryEventSchemaTest {

    @Test
    void a_chunk_of_a_published_directory_serialises_to_json_its_schema_accepts() {
        assertMatchesSchema(UnitDirectoryEvents.UNIT_DIRECTORY_PUBLISHED, new UnitDirectoryPublished(3, 1, 2, 3,
                List.of(new UnitDirectoryPublished.Unit("14", UnitLevel.PROVINCE, "Sơn La", "Tỉnh Sơn La", null),
                        new UnitDirectoryPublished.Unit("124", UnitLevel.DISTRICT, "Yên Châu", "Huyện Yên Châu",
                                "14")),
                "sonla.admin", Instant.parse("2026-03-01T02:00:00Z")));
    }

    @Test
    void the_directory_travels_on_its_own_topic_as_reference_data() {
        assertThat(UnitDirectoryEvents.UNIT_DIRECTORY_PUBLISHED.topic()).isEqualTo(Topics.UNIT_DIRECTORY);
        assertThat(UnitDirectoryEvents.UNIT_DIRECTORY_PUBLISHED.flowsDown()).isTrue();
    }
}
