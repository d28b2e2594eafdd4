package vn.dvk.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dvk.platform.testapp.NoteDocument;
import vn.dvk.platform.web.IdempotencyFilter;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;

/**
 * A process killed between claiming a key and completing it leaves a claim in progress; the client's retry with the
 * same key must end with exactly one resource, the one it is told about: after the lease, the rerun creates under the
 * claimed id, or recognises what the first run stored.
 */
@DvkIntegrationTest
class IdempotencyKeysTest {

    private static final String NOTE = """
            {"text": "Mô hình dân vận khéo", "unitCode": "04096"}""";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private ServiceClient.Reply register(String key) {
        return new ServiceClient(port).post("/notes", NOTE, Map.of(IdempotencyFilter.HEADER, key));
    }

    private String createdId(ServiceClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.text("id");
    }

    @Test
    void a_replay_answers_with_the_first_resource_without_creating_again() {
        String key = UUID.randomUUID().toString();

        String first = createdId(register(key));
        String replay = createdId(register(key));

        assertThat(replay).isEqualTo(first);
        assertThat(notesWithId(first)).isEqualTo(1);
        assertThat(claim(key).getString("state")).isEqualTo("COMPLETED");
    }

    @Test
    void a_retry_after_a_death_between_claim_and_create_creates_the_resource_under_the_claimed_id() {
        String key = UUID.randomUUID().toString();
        String claimedId = createdId(register(key));
        mongo.remove(Query.query(Criteria.where("_id").is(claimedId)), NoteDocument.class);
        leftInProgressBy(key, Instant.EPOCH);

        String retried = createdId(register(key));

        assertThat(retried).isEqualTo(claimedId);
        assertThat(notesWithId(claimedId)).isEqualTo(1);
        assertThat(claim(key).getString("state")).isEqualTo("COMPLETED");
    }

    @Test
    void a_retry_after_a_death_between_create_and_completion_answers_with_the_created_resource() {
        String key = UUID.randomUUID().toString();
        String claimedId = createdId(register(key));
        leftInProgressBy(key, Instant.EPOCH);

        String retried = createdId(register(key));

        assertThat(retried).isEqualTo(claimedId);
        assertThat(notesWithId(claimedId)).isEqualTo(1);
        assertThat(claim(key).getString("state")).isEqualTo("COMPLETED");
    }

    @Test
    void a_retry_within_the_lease_of_a_run_that_may_still_be_going_is_told_to_wait_and_creates_nothing() {
        String key = UUID.randomUUID().toString();
        String claimedId = createdId(register(key));
        mongo.remove(Query.query(Criteria.where("_id").is(claimedId)), NoteDocument.class);
        leftInProgressBy(key, Instant.now());

        ServiceClient.Reply retry = register(key);

        assertThat(retry.status()).as(retry.body()).isEqualTo(409);
        assertThat(retry.text("code")).isEqualTo("idempotency-key-in-progress");
        assertThat(retry.header("Content-Type")).startsWith("application/problem+json");
        assertThat(retry.text("detail")).contains("đang được xử lý");
        assertThat(notesWithId(claimedId)).isZero();
    }

    @Test
    void a_refused_create_gives_the_key_back() {
        String key = UUID.randomUUID().toString();
        ServiceClient.Reply refused = new ServiceClient(port).post("/notes", """
                {"text": "  ", "unitCode": "04096"}""", Map.of(IdempotencyFilter.HEADER, key));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(claim(key)).isNull();

        String created = createdId(new ServiceClient(port).post("/notes", """
                {"text": "Mô hình đã sửa", "unitCode": "04096"}""", Map.of(IdempotencyFilter.HEADER, key)));

        assertThat(notesWithId(created)).isEqualTo(1);
    }

    /** What a process leaves when it dies after claiming the key at {@code claimedAt} and before completing it. */
    private void leftInProgressBy(String key, Instant claimedAt) {
        mongo.updateFirst(claimQuery(key), new Update().set("state", "IN_PROGRESS").set("claimedAt",
                Date.from(claimedAt)).unset("response").unset("completedAt"), IdempotencyKeys.COLLECTION);
    }

    private long notesWithId(String id) {
        return mongo.count(Query.query(Criteria.where("_id").is(id)), NoteDocument.class);
    }

    private static Query claimQuery(String key) {
        return Query.query(Criteria.where("_id").is("POST /notes|" + key));
    }

    private Document claim(String key) {
        return mongo.findOne(claimQuery(key), Document.class, IdempotencyKeys.COLLECTION);
    }
}
