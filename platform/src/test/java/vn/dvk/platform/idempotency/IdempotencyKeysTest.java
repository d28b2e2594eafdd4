package vn.dvk.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dvk.platform.error.ProblemException;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.testapp.NoteDocument;
import vn.dvk.testsupport.DvkIntegrationTest;

/**
 * A process killed between claiming a key and recording that it created the resource leaves an uncompleted claim; the
 * client's retry with the same key must end with exactly one resource, the one it is told about.
 */
@DvkIntegrationTest
class IdempotencyKeysTest {

    private static final Map<String, String> BODY = Map.of("text", "Mô hình dân vận khéo");

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    AggregateStore store;

    @Autowired
    MongoTemplate mongo;

    private final AtomicInteger creates = new AtomicInteger();

    private String createNote(String id) {
        creates.incrementAndGet();
        store.save(new NoteDocument(id, "124", "Mô hình dân vận khéo", 1), id, 0, List.of());
        return id;
    }

    private IdempotencyKeys.Outcome register(String key) {
        return keys.execute(key, "note", BODY, UUID.randomUUID().toString(), this::createNote);
    }

    @Test
    void a_replay_answers_with_the_first_resource_without_creating_again() {
        String key = UUID.randomUUID().toString();

        IdempotencyKeys.Outcome first = register(key);
        IdempotencyKeys.Outcome replay = register(key);

        assertThat(first.created()).isTrue();
        assertThat(replay).isEqualTo(new IdempotencyKeys.Outcome(first.resourceId(), false));
        assertThat(creates).hasValue(1);
        assertThat(claim(key).getBoolean(IdempotencyKeys.COMPLETED)).isTrue();
    }

    @Test
    void a_retry_after_a_death_between_claim_and_create_creates_the_resource_under_the_claimed_id() {
        String key = UUID.randomUUID().toString();
        String claimedId = register(key).resourceId();
        mongo.remove(Query.query(Criteria.where("_id").is(claimedId)), NoteDocument.class);
        markUncompleted(key);

        IdempotencyKeys.Outcome retry = register(key);

        assertThat(retry).isEqualTo(new IdempotencyKeys.Outcome(claimedId, true));
        assertThat(mongo.findById(claimedId, NoteDocument.class)).isNotNull();
        assertThat(claim(key).getBoolean(IdempotencyKeys.COMPLETED)).isTrue();
    }

    @Test
    void a_retry_after_a_death_between_create_and_completion_answers_with_the_created_resource() {
        String key = UUID.randomUUID().toString();
        String claimedId = register(key).resourceId();
        markUncompleted(key);

        IdempotencyKeys.Outcome retry = register(key);

        assertThat(retry).isEqualTo(new IdempotencyKeys.Outcome(claimedId, false));
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(claimedId)), NoteDocument.class)).isEqualTo(1);
        assertThat(claim(key).getBoolean(IdempotencyKeys.COMPLETED)).isTrue();
    }

    @Test
    void a_create_whose_answer_was_lost_keeps_the_key_and_its_retry_answers_with_the_stored_resource() {
        String key = UUID.randomUUID().toString();
        String claimedId = UUID.randomUUID().toString();
        assertThatThrownBy(() -> keys.execute(key, "note", BODY, claimedId, id -> {
            createNote(id);
            throw new DataAccessResourceFailureException("the store went away before it answered");
        })).isInstanceOf(DataAccessResourceFailureException.class);

        IdempotencyKeys.Outcome retry = register(key);

        assertThat(retry).isEqualTo(new IdempotencyKeys.Outcome(claimedId, false));
        assertThat(creates).hasValue(2);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(claimedId)), NoteDocument.class)).isEqualTo(1);
    }

    @Test
    void a_refused_create_gives_the_key_back() {
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> keys.execute(key, "note", BODY, UUID.randomUUID().toString(), id -> {
            throw ProblemException.invalid("text", "không được để trống");
        })).isInstanceOf(ProblemException.class);

        IdempotencyKeys.Outcome retry = register(key);

        assertThat(retry.created()).isTrue();
        assertThat(mongo.findById(retry.resourceId(), NoteDocument.class)).isNotNull();
    }

    @Test
    void a_claim_from_before_completion_was_recorded_is_answered_as_completed() {
        String key = UUID.randomUUID().toString();
        String resourceId = register(key).resourceId();
        mongo.updateFirst(claimQuery(key), new Update().unset(IdempotencyKeys.COMPLETED), IdempotencyKeys.COLLECTION);

        IdempotencyKeys.Outcome replay = register(key);

        assertThat(replay).isEqualTo(new IdempotencyKeys.Outcome(resourceId, false));
        assertThat(creates).hasValue(1);
    }

    /** What a process leaves when it dies after claiming the key and before recording the completion. */
    private void markUncompleted(String key) {
        mongo.updateFirst(claimQuery(key), Update.update(IdempotencyKeys.COMPLETED, false),
                IdempotencyKeys.COLLECTION);
    }

    private static Query claimQuery(String key) {
        return Query.query(Criteria.where("_id").is("note|" + key));
    }

    private Document claim(String key) {
        return mongo.findOne(claimQuery(key), Document.class, IdempotencyKeys.COLLECTION);
    }
}
