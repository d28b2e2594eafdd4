package vn.dvk.evaluation.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import vn.dvk.contracts.EventSchemaAssertions;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.EventTypes;
import vn.dvk.contracts.events.Topics;
import vn.dvk.testsupport.TopicProbe;

/** What evaluation-service published on {@code dvk.evaluation}, each payload checked against its JSON Schema. */
public final class EvaluationTopic implements AutoCloseable {

    private final TopicProbe probe = TopicProbe.on(Topics.EVALUATION);

    /** Awaits the events keyed by {@code key} until {@code expected} of them have arrived, oldest first. */
    public List<TopicProbe.Received> await(String key, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> of(key).size() >= expected);
        List<TopicProbe.Received> received = of(key);
        received.forEach(EvaluationTopic::assertValid);
        return received;
    }

    public List<TopicProbe.Received> of(String key) {
        return probe.poll().stream().filter(record -> key.equals(record.key())).toList();
    }

    public static List<String> types(List<TopicProbe.Received> records) {
        return records.stream().map(record -> record.event().type()).toList();
    }

    private static void assertValid(TopicProbe.Received record) {
        CloudEvent event = record.event();
        EventType<?> type = EventTypes.byName(event.type()).orElseThrow();
        assertThat(event.dataSchema()).isEqualTo(type.dataSchemaUri());
        assertThat(event.unitPath()).isNotBlank();
        assertThat(EventSchemaAssertions.schemaOf(type).validate(record.value(), InputFormat.JSON))
                .as("%s payload %s", event.type(), record.value()).isEmpty();
    }

    @Override
    public void close() {
        probe.close();
    }
}
