package vn.dvk.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.events.Topics;
import vn.dvk.localstack.process.JavaProcess;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.platform.testapp.AppliedEvents;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.TestInfrastructure;
import vn.dvk.testsupport.TopicProbe;

/**
 * Fault test: a relay process is killed with SIGKILL after the broker acknowledged its batch and before it removed
 * the batch from the outboxes. Once its lease has lapsed, another relay publishes the same events again; the
 * consumer (the test application's, through the dispatcher) applies each of them once.
 */
@DvkIntegrationTest
class RelayKilledAfterSendTest {

    private static final int EVENTS = 5;

    @Autowired
    JsonMapper json;

    @Autowired
    AppliedEvents applied;

    @Test
    void events_sent_by_a_relay_killed_before_its_pull_are_sent_again_and_applied_once() throws IOException {
        MongoTemplate mongo = OutboxFixtures.ownDatabase(TestInfrastructure.mongoUri());
        AggregateStore store = OutboxFixtures.store(mongo, json, Clock.systemUTC());
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String id = UUID.randomUUID().toString();
            eventIds.add(OutboxFixtures.storeNote(store, id, "Gửi rồi bị dừng " + i, Topics.REGISTRATION, id));
        }
        Path log = Files.createTempFile("relay-killed", ".log");
        JavaProcess relayProcess = JavaProcess.named("relay-killed-after-send")
                .mainClass(System.getProperty("java.class.path"), RelayStoppingAfterAcknowledgement.class.getName())
                .arguments(List.of(TestInfrastructure.mongoUri(), mongo.getDb().getName(),
                        TestInfrastructure.kafkaBrokers(), "3000"))
                .log(log).start();
        try {
            relayProcess.await("acknowledged by the broker", () -> read(log).contains(
                    RelayStoppingAfterAcknowledgement.ACKNOWLEDGED + EVENTS), Duration.ofSeconds(120),
                    Duration.ofMillis(200));
        } finally {
            relayProcess.kill();
        }
        assertThat(pendingEventIds(mongo)).as("killed before the pull: every event still waits")
                .containsExactlyInAnyOrderElementsOf(eventIds);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(appliedOf(eventIds))
                .as("the killed relay's records reached the consumer").hasSize(EVENTS));

        try (OutboxRelay successor = OutboxFixtures.relay(mongo, OutboxFixtures.publisher(
                TestInfrastructure.kafkaBrokers()), Duration.ofSeconds(3), 100)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> successor.relayPending() == EVENTS);
        }

        assertThat(pendingEventIds(mongo)).isEmpty();
        try (TopicProbe probe = TopicProbe.on(Topics.REGISTRATION)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(probe.poll())
                    .filteredOn(received -> eventIds.contains(received.event().id()))
                    .as("every event on the topic twice").hasSize(2 * EVENTS));
        }
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(appliedOf(eventIds)).as("applied once each").hasSize(EVENTS)
                        .doesNotHaveDuplicates());
    }

    private List<String> appliedOf(List<String> eventIds) {
        return applied.applied().stream().map(InboundEvent::id).filter(eventIds::contains).toList();
    }

    private static List<String> pendingEventIds(MongoTemplate mongo) {
        return mongo.findAll(Document.class, OutboxFixtures.NOTES).stream()
                .flatMap(note -> note.getList(AggregateStore.OUTBOX, Document.class).stream())
                .map(event -> event.getString("eventId")).toList();
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }
}
