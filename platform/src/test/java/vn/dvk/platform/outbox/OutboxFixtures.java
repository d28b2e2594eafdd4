package vn.dvk.platform.outbox;

import com.mongodb.client.MongoClients;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.testapp.NoteDocument;

/**
 * Outboxes in a database of their own, apart from the test application's (whose relay must not publish them), and
 * relays built on it as the platform builds its own.
 */
final class OutboxFixtures {

    static final String NOTES = "notes";

    private OutboxFixtures() {
    }

    static MongoTemplate ownDatabase(String mongoUri) {
        return new MongoTemplate(MongoClients.create(mongoUri), "relay_" + UUID.randomUUID().toString()
                .replace("-", ""));
    }

    static KafkaRecordPublisher publisher(String brokers) {
        return new KafkaRecordPublisher(Map.of("bootstrap.servers", brokers), "relay-test-" + UUID.randomUUID(),
                Duration.ofMillis(5), 64 * 1024, 3, (short) 1);
    }

    static OutboxRelay relay(MongoTemplate mongo, RecordPublisher publisher, Duration lease, int batchSize) {
        return new OutboxRelay(mongo, new OutboxSignals(), publisher, new RelayLease(mongo, Clock.systemUTC(), lease),
                CircuitBreaker.ofDefaults("relay-test-" + UUID.randomUUID()), new SimpleMeterRegistry(),
                "/dvk/relay-test/124", batchSize);
    }

    /**
     * Stores a note in the unit 04096 of Yên Châu with a model-registered event on {@code topic} under the Kafka key
     * {@code key}; returns the event's id.
     */
    static String storeNote(AggregateStore store, String id, String text, String topic, String key) {
        String path = "14/124/04096";
        ModelSnapshot snapshot = new ModelSnapshot(key, 2022, "04096", path, ManagementLevel.GRASSROOTS,
                Field.ECONOMY, OwnerType.COLLECTIVE, ModelKind.MODEL, ModelStatus.REGISTERED, text, "-", "-", "-",
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null, null, 1);
        EventType<ModelRegistered> type = new EventType<>(RegistrationEvents.MODEL_REGISTERED.name(), topic,
                ModelRegistered.class);
        OutboundEvent<ModelRegistered> event = new OutboundEvent<>(type, key, path,
                new ModelRegistered(snapshot, "test", Instant.now()));
        store.save(new NoteDocument(id, "04096", text, 1), id, 0, List.of(event));
        return event.id();
    }

    /** An aggregate store whose events carry the time of {@code clock}. */
    static AggregateStore store(MongoTemplate mongo, JsonMapper json, Clock clock) {
        return new AggregateStore(mongo, json, clock, new OutboxSignals());
    }
}
