package vn.dvk.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.registration.RegistrationEvents;

class CloudEventCodecTest {

    @Test
    void an_event_that_moved_its_model_carries_the_path_it_left_in_its_own_header() {
        CloudEvent moved = CloudEvent.of(RegistrationEvents.MODEL_UPDATED, "/dvk/registration-service/124", "m-1",
                "14/124/04063", 5).movedFrom("14/124/04096");

        Map<String, byte[]> headers = CloudEventCodec.encode(moved);

        assertThat(new String(headers.get("ce_previousunitpath"))).isEqualTo("14/124/04096");
        assertThat(CloudEventCodec.decode(headers::get)).isEqualTo(moved);
    }

    @Test
    void an_event_that_moved_nothing_has_no_previous_path_header_and_reads_back_without_one() {
        CloudEvent edited = CloudEvent.of(RegistrationEvents.MODEL_UPDATED, "/dvk/registration-service/124", "m-1",
                "14/124/04096", 5);

        Map<String, byte[]> headers = CloudEventCodec.encode(edited);

        assertThat(headers).doesNotContainKey("ce_previousunitpath");
        assertThat(CloudEventCodec.decode(headers::get).previousUnitPath()).isNull();
    }
}
