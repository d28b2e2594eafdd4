package vn.dvk.registration.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import vn.dvk.contracts.EventSchemaAssertions;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.EventTypes;
import vn.dvk.contracts.events.Topics;
import vn.dvk.testsupport.TopicProbe;

/**
 * What registration-service published on {@code dvk.registration}: each record a complete CloudEvent whose payload
 * its type's JSON Schema accepts.
 */
public final class RegistrationTopic implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final TopicProbe probe = TopicProbe.on(Topics.REGISTRATION);

    /** Awaits the events keyed by {@code key} until {@code expected} of them have arrived, oldest first. */
    public List<TopicProbe.Received> await(String key, int expected) {
        Awaitility.await().atMost(PATIENCE).until(() -> of(key).size() >= expected);
        List<TopicProbe.Received> received = of(key);
        received.forEach(RegistrationTopic::assertValid);
        return received;
    }

    private List<TopicProbe.Received> of(String key) {
        return probe.poll().stream().filter(record -> key.equals(record.key())).toList();
    }

    /**
     * Every CloudEvents attribute is present (the path a model left only on the events of a move), and the payload
     * matches the schema of the event's type.
     */
    private static void assertValid(TopicProbe.Received record) {
        assertThat(record.isCloudEvent()).as("ce_specversion of %s", record.headers()).isTrue();
        assertThat(record.event()).as("CloudEvent attributes of %s", record.headers())
                .hasNoNullFieldsOrPropertiesExcept("previousUnitPath");
        assertThat(record.event().sequence()).as("ce_sequence of %s", record.headers()).isPositive();
        EventType<?> type = EventTypes.byName(record.event().type()).orElseThrow();
        assertThat(EventSchemaAssertions.schemaOf(type).validate(record.value(), InputFormat.JSON))
                .as("%s payload %s", type.name(), record.value()).isEmpty();
    }

    @Override
    public void close() {
        probe.close();
    }
}
