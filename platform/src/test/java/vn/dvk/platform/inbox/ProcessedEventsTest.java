package vn.dvk.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dvk.testsupport.TestInfrastructure;

class ProcessedEventsTest {

    private static final MongoClient CLIENT = MongoClients.create(TestInfrastructure.mongoUri());
    private static final MongoTemplate MONGO = new MongoTemplate(CLIENT, "test_processed_" + UUID.randomUUID()
            .toString().replace("-", ""));

    private final String eventId = UUID.randomUUID().toString();

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void an_applied_event_is_a_duplicate_for_every_process() {
        ProcessedEvents first = new ProcessedEvents(MONGO, Clock.systemUTC());
        ProcessedEvents restarted = new ProcessedEvents(MONGO, Clock.systemUTC());

        assertThat(first.claim("reporting", eventId, "t")).isTrue();
        first.complete("reporting", eventId);

        assertThat(first.claim("reporting", eventId, "t")).isFalse();
        assertThat(restarted.claim("reporting", eventId, "t")).isFalse();
        assertThat(first.isProcessed("reporting", eventId)).isTrue();
    }

    @Test
    void a_delivery_while_the_same_process_applies_the_event_is_skipped() {
        ProcessedEvents process = new ProcessedEvents(MONGO, Clock.systemUTC());

        assertThat(process.claim("reporting", eventId, "t")).isTrue();

        assertThat(process.claim("reporting", eventId, "t")).isFalse();
        assertThat(process.isProcessed("reporting", eventId)).isFalse();
    }

    @Test
    void a_claim_left_by_a_process_that_died_mid_handler_is_taken_over_on_redelivery() {
        ProcessedEvents died = new ProcessedEvents(MONGO, Clock.systemUTC());
        ProcessedEvents restarted = new ProcessedEvents(MONGO, Clock.systemUTC());
        assertThat(died.claim("reporting", eventId, "t")).isTrue();

        assertThat(restarted.claim("reporting", eventId, "t")).isTrue();
        restarted.complete("reporting", eventId);

        assertThat(restarted.claim("reporting", eventId, "t")).isFalse();
        assertThat(restarted.isProcessed("reporting", eventId)).isTrue();
    }

    @Test
    void a_released_claim_lets_the_retry_apply_the_event() {
        ProcessedEvents process = new ProcessedEvents(MONGO, Clock.systemUTC());
        assertThat(process.claim("reporting", eventId, "t")).isTrue();

        process.release("reporting", eventId);

        assertThat(process.claim("reporting", eventId, "t")).isTrue();
    }

    @Test
    void instances_of_two_scopes_on_one_database_claim_and_forget_each_their_own() {
        ProcessedEvents province = new ProcessedEvents(MONGO, Clock.systemUTC(), "14");
        ProcessedEvents commune = new ProcessedEvents(MONGO, Clock.systemUTC(), "04096");
        assertThat(province.claim("reporting", eventId, "t")).isTrue();
        province.complete("reporting", eventId);

        assertThat(commune.claim("reporting", eventId, "t")).isTrue();
        commune.complete("reporting", eventId);
        commune.forget("reporting");

        assertThat(province.isProcessed("reporting", eventId)).isTrue();
        assertThat(commune.isProcessed("reporting", eventId)).isFalse();
    }
}
