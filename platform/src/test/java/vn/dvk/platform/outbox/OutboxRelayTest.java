package vn.dvk.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.TestInfrastructure;
import vn.dvk.testsupport.TopicProbe;

/** The relay's sweep, batches and lease against the real broker and store. */
@DvkIntegrationTest
class OutboxRelayTest {

    @Autowired
    JsonMapper json;

    @Test
    void with_more_than_a_batch_waiting_the_sweep_publishes_oldest_first_and_empties_every_outbox() {
        MongoTemplate mongo = OutboxFixtures.ownDatabase(TestInfrastructure.mongoUri());
        String topic = "relay-order-" + UUID.randomUUID();
        String key = "one-key-one-partition";
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<String> oldestFirst = new ArrayList<>();
        for (int age = 0; age < 7; age++) {
            Clock clock = Clock.fixed(start.minusSeconds(age), ZoneOffset.UTC);
            oldestFirst.add(0, OutboxFixtures.storeNote(OutboxFixtures.store(mongo, json, clock),
                    "note-" + age, "Ghi chú " + age, topic, key));
        }
        try (OutboxRelay relay = OutboxFixtures.relay(mongo, OutboxFixtures.publisher(TestInfrastructure
                .kafkaBrokers()), Duration.ofSeconds(10), 2); TopicProbe probe = TopicProbe.on(topic)) {

            int published = relay.relayPending();

            assertThat(published).isEqualTo(7);
            assertThat(relay.backlog()).isZero();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(probe.poll()).hasSize(7));
            assertThat(probe.poll()).extracting(received -> received.event().id())
                    .as("one partition, in the order the events happened, though stored the other way round")
                    .containsExactlyElementsOf(oldestFirst);
            assertThat(mongo.findAll(Document.class, OutboxFixtures.NOTES))
                    .allSatisfy(note -> assertThat(note.getList(AggregateStore.OUTBOX, Document.class)).isEmpty());
        }
    }

    @Test
    void a_signalled_write_is_loaded_by_id_and_published_without_waiting_for_the_sweep() {
        MongoTemplate mongo = OutboxFixtures.ownDatabase(TestInfrastructure.mongoUri());
        String topic = "relay-signal-" + UUID.randomUUID();
        OutboxSignals signals = new OutboxSignals();
        AggregateStore store = new AggregateStore(mongo, json, Clock.systemUTC(), signals);
        try (OutboxRelay relay = new OutboxRelay(mongo, signals, OutboxFixtures.publisher(TestInfrastructure
                .kafkaBrokers()), new RelayLease(mongo, Clock.systemUTC(), Duration.ofSeconds(10)),
                io.github.resilience4j.circuitbreaker.CircuitBreaker.ofDefaults("signal-test"),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), "/dvk/relay-test/124", 100);
             TopicProbe probe = TopicProbe.on(topic)) {
            relay.start(Duration.ofHours(1), Duration.ofHours(1));
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.relayPending() == 0);

            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(OutboxFixtures.storeNote(store, "signalled-" + i, "Ghi chú " + i, topic, "signalled-" + i));
            }

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(probe.poll())
                    .extracting(received -> received.event().id()).containsExactlyInAnyOrderElementsOf(ids));
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.backlog() == 0);
        }
    }

    @Test
    void one_replica_relays_at_a_time_and_a_lapsed_lease_passes_on_with_a_higher_fencing_token() {
        MongoTemplate mongo = OutboxFixtures.ownDatabase(TestInfrastructure.mongoUri());
        Duration duration = Duration.ofSeconds(2);
        RelayLease first = new RelayLease(mongo, Clock.systemUTC(), duration);
        RelayLease second = new RelayLease(mongo, Clock.systemUTC(), duration);

        assertThat(first.hold()).isTrue();
        assertThat(second.hold()).as("held by the first replica").isFalse();
        long firstToken = first.token();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(second::hold);
        assertThat(second.token()).isGreaterThan(firstToken);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> !first.hold());
        assertThat(first.token()).as("the lapsed holder learns it lost the lease and stops relaying").isZero();

        second.release();
        assertThat(first.hold()).as("a released lease is free at once").isTrue();
        assertThat(first.token()).isGreaterThan(firstToken);
    }
}
