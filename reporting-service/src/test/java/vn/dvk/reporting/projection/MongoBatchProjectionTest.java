package vn.dvk.reporting.projection;

import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.generation.domain.ReadModelGeneration;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.projection.adapter.MongoModelCounters;
import vn.dvk.reporting.projection.adapter.MongoModelViews;
import vn.dvk.reporting.projection.application.BatchStages;
import vn.dvk.reporting.projection.application.ModelProjection;
import vn.dvk.reporting.projection.domain.CounterCount;
import vn.dvk.reporting.projection.domain.ModelChange;
import vn.dvk.reporting.projection.domain.RecordPosition;
import vn.dvk.testsupport.TestInfrastructure;

/** The batch projection on the real store: batches applied again, at their offsets or at new ones, change nothing. */
class MongoBatchProjectionTest {

    private static final int YEAR = 2033;
    private static MongoClient client;
    private static MongoTemplate mongo;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.mongoUri());
        mongo = new MongoTemplate(client, "batch_projection_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @AfterAll
    static void disconnect() {
        mongo.getDb().drop();
        client.close();
    }

    private static ModelChange change(ModelSnapshot model, long offset) {
        return new ModelChange(model, model.version(), RegistrationEvents.MODEL_UPDATED.name(),
                new RecordPosition("dvk_registration-0", offset), true);
    }

    @Test
    void a_batch_delivered_again_at_its_offsets_or_at_new_ones_changes_no_counter() {
        MongoModelCounters counters = new MongoModelCounters(mongo, ReadModelGeneration.fixed(Generation.FIRST));
        ModelProjection projection = new ModelProjection(new MongoModelViews(mongo, ReadModelGeneration.fixed(Generation.FIRST)), counters,
                new InstanceScope(DemoUnits.DIRECTORY, DemoUnits.DIRECTORY.rootCode()), event -> {
                }, BatchStages.NONE);
        List<ModelChange> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ModelSnapshot registered = ModelFixtures.anIndividualModel().inUnit(i % 2 == 0 ? "04096" : "04063")
                    .inYear(YEAR).named("Mô hình " + i).registered();
            batch.add(change(registered, 2L * i));
            batch.add(change(ModelFixtures.from(registered).withStatus(ModelStatus.APPROVED).atVersion(2).build(),
                    2L * i + 1));
        }

        projection.apply(batch);
        List<CounterCount> once = counters.countsUnder("14", YEAR);
        projection.apply(batch);
        projection.apply(batch.stream().map(again -> change(again.model(), again.position().offset() + 100)).toList());

        assertThat(once).extracting(CounterCount::count).containsOnly(3L);
        assertThat(counters.countsUnder("14", YEAR)).containsExactlyInAnyOrderElementsOf(once);
    }
}
