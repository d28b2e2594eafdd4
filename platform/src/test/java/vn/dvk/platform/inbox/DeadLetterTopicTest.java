package vn.dvk.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.outbox.RecordPublisher;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.DemoUnits;

/** How a batch consumer parks its poison records: the binder's headers, a count, and no silent loss. */
class DeadLetterTopicTest {

    private static final String TOPIC = "error.dvk.registration.test-14";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EventDecoder decoder = new EventDispatcher(new InstanceScope(DemoUnits.DIRECTORY, "14"), null,
            JsonMapper.builder().build(), meters, 3).decoder("test", List.of(RegistrationEvents.MODEL_REGISTERED));

    /** Records what it is given and answers as the broker was told to. */
    private static final class ScriptedPublisher implements RecordPublisher {

        private final boolean acknowledges;
        private final List<ProducerRecord<byte[], byte[]>> sent = new ArrayList<>();

        private ScriptedPublisher(boolean acknowledges) {
            this.acknowledges = acknowledges;
        }

        @Override
        public List<Boolean> sendAll(List<ProducerRecord<byte[], byte[]>> records) {
            sent.addAll(records);
            return records.stream().map(record -> acknowledges).toList();
        }

        @Override
        public void close() {
        }
    }

    private static PoisonRecord unreadable() {
        ConsumedRecord record = new ConsumedRecord("dvk.registration", 2, 41, "m-1".getBytes(StandardCharsets.UTF_8),
                Map.of("ce_id", "e-1".getBytes(StandardCharsets.UTF_8), "kafka_offset", 41L),
                "{not json".getBytes(StandardCharsets.UTF_8));
        return new PoisonRecord(record, new IllegalArgumentException("the payload is not JSON"));
    }

    private static String header(ProducerRecord<byte[], byte[]> letter, String name) {
        return new String(letter.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void given_a_poison_record_when_parked_then_it_carries_its_origin_and_reason_and_is_counted() {
        ScriptedPublisher publisher = new ScriptedPublisher(true);

        new DeadLetterTopic(publisher, TOPIC).park(List.of(unreadable()), decoder);

        assertThat(publisher.sent).singleElement().satisfies(letter -> {
            assertThat(letter.topic()).isEqualTo(TOPIC);
            assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(header(letter, "ce_id")).isEqualTo("e-1");
            assertThat(letter.headers().lastHeader("kafka_offset")).isNull();
            assertThat(header(letter, "x-original-topic")).isEqualTo("dvk.registration");
            assertThat(ByteBuffer.wrap(letter.headers().lastHeader("x-original-partition").value()).getInt())
                    .isEqualTo(2);
            assertThat(ByteBuffer.wrap(letter.headers().lastHeader("x-original-offset").value()).getLong())
                    .isEqualTo(41);
            assertThat(header(letter, "x-exception-message")).isEqualTo("the payload is not JSON");
        });
        assertThat(meters.get("dvk.events.dead-lettered").tag("consumer", "test").counter().count()).isEqualTo(1);
    }

    @Test
    void given_a_topic_that_does_not_take_the_record_when_parked_then_the_batch_fails_and_nothing_is_counted() {
        DeadLetterTopic refusing = new DeadLetterTopic(new ScriptedPublisher(false), TOPIC);

        assertThatThrownBy(() -> refusing.park(List.of(unreadable()), decoder))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(TOPIC);
        assertThat(meters.get("dvk.events.dead-lettered").tag("consumer", "test").counter().count()).isZero();
    }
}
