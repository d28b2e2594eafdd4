package vn.dvk.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
import vn.dvk.reporting.fixtures.Quiescence;
import vn.dvk.reporting.fixtures.ReportingApiTest;
import vn.dvk.reporting.generation.adapter.MongoActiveGeneration;
import vn.dvk.reporting.projection.adapter.ProjectionConsumers;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TestInfrastructure;

/**
 * The rebuild as a fold into a new generation on the real broker and store (ADR 0023): the API keeps answering from
 * the old generation while registrations keep arriving, and after the switch the figures equal the registrations.
 */
class GenerationRebuildIntegrationTest extends ReportingApiTest {

    private static final int YEAR = 2031;
    private static final String UNIT = "04096";

    @Autowired
    MongoActiveGeneration generation;

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
        await().atMost(Duration.ofSeconds(60)).until(() -> total() == before);
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
                answeredMeanwhile.add(total());
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
        assertThat(total()).isEqualTo(before + during);
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

    private long total() {
        return statistics(UNIT, YEAR).get("total").asLong();
    }

    private static ModelSnapshot model() {
        return ModelFixtures.aCollectiveModel().inUnit(UNIT).inYear(YEAR).build();
    }
}
