package vn.dvk.reporting.projection;

import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.generation.domain.ReadModelGeneration;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import vn.dvk.reporting.award.AwardRecordsContract;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dvk.reporting.award.adapter.MongoAwardRecords;
import vn.dvk.reporting.projection.adapter.MongoModelCounters;
import vn.dvk.reporting.projection.adapter.MongoModelViews;
import vn.dvk.reporting.award.domain.AwardRecords;
import vn.dvk.reporting.projection.domain.ModelCounters;
import vn.dvk.reporting.projection.domain.ModelViews;
import vn.dvk.testsupport.TestInfrastructure;

/**
 * The Mongo adapters keep the contracts of their ports on the real store, in a database of their own (the service's
 * database must hold only what the topics can rebuild).
 */
class MongoReadModelsTest {

    private static MongoClient client;
    private static MongoTemplate mongo;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.mongoUri());
        mongo = new MongoTemplate(client, "read_models_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @AfterAll
    static void disconnect() {
        mongo.getDb().drop();
        client.close();
    }

    @Nested
    class Views extends ModelViewsContract {

        @Override
        protected ModelViews views() {
            return new MongoModelViews(mongo, ReadModelGeneration.fixed(new Generation(2)));
        }
    }

    @Nested
    class Counters extends ModelCountersContract {

        @Override
        protected ModelCounters counters() {
            return new MongoModelCounters(mongo, ReadModelGeneration.fixed(new Generation(2)));
        }
    }

    @Nested
    class Awards extends AwardRecordsContract {

        @Override
        protected AwardRecords awards() {
            return new MongoAwardRecords(mongo, ReadModelGeneration.fixed(new Generation(2)));
        }
    }
}
