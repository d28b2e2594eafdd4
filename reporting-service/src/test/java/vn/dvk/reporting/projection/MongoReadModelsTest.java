package vn.dvk.reporting.projection;

import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.generation.domain.ReadModelGeneration;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.ModelView;
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

        @Test
        void a_first_view_is_stored_as_the_very_document_an_update_of_an_unseen_model_makes() {
            ModelSnapshot model = ModelFixtures.anIndividualModel().inUnit("04096").inYear(2031).registered();
            List<ModelView> written = List.of(new ModelView(model.id(), 1, model, CounterKey.of(model)),
                    ModelView.tombstone("moved-out-" + model.id(), 3));
            Generation inserted = new Generation(3);
            Generation updated = new Generation(4);

            new MongoModelViews(mongo, ReadModelGeneration.fixed(inserted)).write(written, Set.of());
            new MongoModelViews(mongo, ReadModelGeneration.fixed(updated)).write(written,
                    Set.of(model.id(), "moved-out-" + model.id()));

            assertThat(stored(inserted)).hasSize(2).containsExactlyInAnyOrderElementsOf(stored(updated));
        }

        private List<Document> stored(Generation generation) {
            return mongo.getCollection(generation.collection("rpt_model_views")).find().into(new ArrayList<>());
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
