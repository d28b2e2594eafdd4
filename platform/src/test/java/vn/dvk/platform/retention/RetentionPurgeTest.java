package vn.dvk.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dvk.platform.idempotency.IdempotencyKeys;
import vn.dvk.testsupport.DvkIntegrationTest;

/** Records kept only for a while are purged on the real store, whichever store the tests run on. */
@DvkIntegrationTest
class RetentionPurgeTest {

    @Autowired
    RetentionPurge purge;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Test
    void idempotency_keys_past_their_retention_are_purged_and_counted_and_younger_ones_stay() {
        String collection = IdempotencyKeys.RETENTION.collection();
        String old = "POST /notes|old-" + UUID.randomUUID();
        String recent = "POST /notes|recent-" + UUID.randomUUID();
        mongo.insert(new Document("_id", old).append("state", "COMPLETED")
                .append("createdAt", Date.from(Instant.now().minus(Duration.ofDays(3)))), collection);
        mongo.insert(new Document("_id", recent).append("state", "COMPLETED")
                .append("createdAt", Date.from(Instant.now().minus(Duration.ofHours(1)))), collection);

        long purged = purge.purge();

        assertThat(purged).isPositive();
        assertThat(mongo.findById(old, Document.class, collection)).isNull();
        assertThat(mongo.findById(recent, Document.class, collection)).isNotNull();
        assertThat(meters.get("dvk.retention.purged").tag("collection", collection).counter().count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_document_without_the_time_field_stays_whatever_its_age() {
        String collection = "retention_test_" + UUID.randomUUID().toString().replace("-", "");
        mongo.insert(new Document("_id", "settled").append("settledAt", Date.from(Instant.EPOCH)), collection);
        mongo.insert(new Document("_id", "waiting"), collection);
        RetentionPurge deliveries = new RetentionPurge(mongo, Clock.systemUTC(),
                List.of(new Retention("test", collection, "settledAt")), Map.of("test", Duration.ofDays(90)), meters);

        assertThat(deliveries.purge()).isEqualTo(1);

        assertThat(mongo.findAll(Document.class, collection)).extracting(document -> document.getString("_id"))
                .containsExactly("waiting");
    }

    @Test
    void a_retention_without_a_duration_stops_the_start() {
        assertThatThrownBy(() -> new RetentionPurge(mongo, Clock.systemUTC(),
                List.of(new Retention("forgotten", "anything", "at")), Map.of(), meters))
                .hasMessageContaining("dvk.retention.keep.forgotten");
    }
}
