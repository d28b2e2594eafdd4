package vn.dvk.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.testsupport.Quiescence;
import vn.dvk.reporting.fixtures.ReportingApiTest;
import vn.dvk.reporting.generation.adapter.MongoActiveGeneration;
import vn.dvk.reporting.projection.adapter.ProjectionConsumers;
import vn.dvk.reporting.rebuild.adapter.GenerationCollections;
import vn.dvk.reporting.rebuild.adapter.KafkaEventHistory;
import vn.dvk.reporting.rebuild.adapter.MongoRebuildStates;
import vn.dvk.reporting.rebuild.application.RebuildService;
import vn.dvk.reporting.rebuild.domain.EventHistory;
import vn.dvk.reporting.rebuild.domain.RebuildState;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TestInfrastructure;

/**
 * The rebuild as a fold into a new generation on the real broker and store (ADR 0023): the API keeps answering from
 * the old generation while registrations keep arriving, and after the switch the figures equal the registrations.
 */
class GenerationRebuildIntegrationTest extends ReportingApiTest {

    private static final int YEAR = 2031;
    private static final int INTERRUPTED_YEAR = 2032;
    private static final String UNIT = "04096";

    @Autowired
    MongoActiveGeneration generation;

    @Autowired
    GenerationCollections generations;

    @Autowired
    MongoRebuildStates states;

    @Autowired
    KafkaEventHistory history;

    @Autowired
    RebuildService rebuild;

    @Value("${spring.cloud.stream.bindings.registrationEvents-in-0.group}")
    String group;

    @Test
    void a_rebuild_while_registrations_keep_arriving_ends_with_the_figures_of_every_registration() throws Exception {
        int before = 400;
        int during = 300;
        try (EventFeed feed = new EventFeed()) {
            for (int i = 0; i < before; i++) {
                ModelSnapshot model = feed.registered(model());
                if (i % 4 == 0) {
                    feed.statusChanged(model, ModelStatus.APPROVED);
                }
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> total(YEAR) == before);
        long replaced = generation.current().number();

        CompletableFuture<Void> arriving = CompletableFuture.runAsync(() -> {
            try (EventFeed feed = new EventFeed()) {
                for (int i = 0; i < during; i++) {
                    feed.registered(model());
                    if (i % 50 == 0) {
                        feed.flush();
                    }
                }
            }
        });
        ServiceClient.Reply started = http.send("POST", "/api/v1/admin/rebuild", null, null, Map.of());
        assertThat(started.status()).isEqualTo(202);
        List<Long> answeredMeanwhile = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode progress = http.get("/api/v1/admin/rebuild").json();
            if (progress.get("state").asString().equals("RUNNING")) {
                answeredMeanwhile.add(total(YEAR));
            }
            return progress.get("state").asString().equals("DONE");
        });
        arriving.get();

        JsonNode progress = http.get("/api/v1/admin/rebuild").json();
        assertThat(progress.get("generation").asLong()).isEqualTo(replaced + 1);
        assertThat(generation.current().number()).isEqualTo(replaced + 1);
        assertThat(answeredMeanwhile).allSatisfy(total -> assertThat(total).isBetween((long) before,
                (long) before + during));
        Quiescence.await(group, ProjectionConsumers.TOPICS, Duration.ofSeconds(60));
        assertThat(total(YEAR)).isEqualTo(before + during);
        JsonNode statistics = statistics(UNIT, YEAR);
        assertThat(statistics.get("byStatus").get("APPROVED").asLong()).isEqualTo(before / 4);
        assertThat(statistics.get("byStatus").get("REGISTERED").asLong()).isEqualTo(before + during - before / 4);
    }

    @Test
    void the_event_topics_keep_their_history_for_ever_by_their_own_configuration() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestInfrastructure.kafkaBrokers()))) {
            List<ConfigResource> topics = ProjectionConsumers.TOPICS.stream()
                    .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
            Collection<Config> configs = admin.describeConfigs(topics).all().get().values();

            assertThat(configs).hasSize(topics.size()).allSatisfy(config -> {
                assertThat(config.get("retention.ms").value()).isEqualTo("-1");
                assertThat(config.get("retention.bytes").value()).isEqualTo("-1");
            });
        }
    }

    @Test
    void a_rebuild_interrupted_after_a_saved_batch_resumes_from_its_positions_and_ends_with_every_registration() {
        int before = 200;
        int after = 100;
        try (EventFeed feed = new EventFeed()) {
            for (int i = 0; i < before; i++) {
                feed.registered(model(INTERRUPTED_YEAR));
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> total(INTERRUPTED_YEAR) == before);
        Quiescence.await(group, ProjectionConsumers.TOPICS, Duration.ofSeconds(60));
        RebuildState started = RebuildState.started(generation.current(), Instant.now());
        generations.prepare(started.building());
        states.save(started);
        AtomicReference<RebuildState> saved = new AtomicReference<>(started);
        try (EventHistory.Fold fold = history.foldInto(started.building(), Map.of())) {
            assertThatThrownBy(() -> fold.foldToEnd((positions, events, poison) -> {
                states.save(saved.updateAndGet(state -> state.advanced(positions, events, poison, Instant.now())));
                throw new IllegalStateException("the process dies once the batch is saved");
            })).hasMessageContaining("dies");
        }
        try (EventFeed feed = new EventFeed()) {
            for (int i = 0; i < after; i++) {
                feed.registered(model(INTERRUPTED_YEAR));
            }
        }

        rebuild.resumeUnfinished();

        await().atMost(Duration.ofSeconds(120)).until(() -> http.get("/api/v1/admin/rebuild").json().get("state")
                .asString().equals("DONE"));
        assertThat(generation.current()).isEqualTo(started.building());
        assertThat(states.last()).get().satisfies(state -> {
            assertThat(state.status()).isEqualTo(RebuildState.Status.DONE);
            assertThat(state.done()).isGreaterThan(saved.get().done());
        });
        Quiescence.await(group, ProjectionConsumers.TOPICS, Duration.ofSeconds(60));
        assertThat(total(INTERRUPTED_YEAR)).isEqualTo(before + after);
    }

    private long total(int year) {
        return statistics(UNIT, year).get("total").asLong();
    }

    private static ModelSnapshot model() {
        return model(YEAR);
    }

    private static ModelSnapshot model(int year) {
        return ModelFixtures.aCollectiveModel().inUnit(UNIT).inYear(year).build();
    }
}
