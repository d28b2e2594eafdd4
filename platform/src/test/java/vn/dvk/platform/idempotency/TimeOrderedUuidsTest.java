package vn.dvk.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidsTest {

    private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void the_same_time_and_name_give_the_same_id() {
        assertThat(TimeOrderedUuids.named(NOON, "event-1|bench.bcd|EMAIL"))
                .isEqualTo(TimeOrderedUuids.named(NOON, "event-1|bench.bcd|EMAIL"));
    }

    @Test
    void another_name_or_another_time_gives_another_id() {
        String id = TimeOrderedUuids.named(NOON, "event-1|bench.bcd|EMAIL");

        assertThat(TimeOrderedUuids.named(NOON, "event-1|bench.bcd|IN_APP")).isNotEqualTo(id);
        assertThat(TimeOrderedUuids.named(NOON.plusMillis(1), "event-1|bench.bcd|EMAIL")).isNotEqualTo(id);
    }

    @Test
    void it_is_a_version_7_uuid_carrying_the_milliseconds_of_its_time() {
        UUID id = UUID.fromString(TimeOrderedUuids.named(NOON, "event-1|bench.bcd|EMAIL"));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOON.toEpochMilli());
    }

    @Test
    void ids_of_later_times_sort_after_those_of_earlier_ones_as_text() {
        List<String> inTimeOrder = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            inTimeOrder.add(TimeOrderedUuids.named(NOON.plusMillis(i * 37L), "event-" + (1_000 - i)));
        }

        assertThat(inTimeOrder).isSorted();
    }

    @Test
    void a_time_before_1970_is_refused() {
        assertThatThrownBy(() -> TimeOrderedUuids.named(Instant.parse("1969-12-31T23:59:59Z"), "event-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
