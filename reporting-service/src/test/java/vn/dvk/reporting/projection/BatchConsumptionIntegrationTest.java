package vn.dvk.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.FaultHooks;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.fixtures.ReportingApiTest;
import vn.dvk.reporting.projection.adapter.ProjectionConsumers;
import vn.dvk.testsupport.Quiescence;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/**
 * Batch consumption of the registration topic on the real broker and store (ADR 0019): a poison record fails alone,
 * a crash between the counter write and the view write is repaired by the redelivery of the batch, and the same
 * events delivered again change nothing; a rebuild then gives the same figures.
 */
class BatchConsumptionIntegrationTest extends ReportingApiTest {

    private static final int POISON_YEAR = 2046;
    private static final int CRASH_YEAR = 2047;
    private static final int VERSIONLESS_YEAR = 2048;
    private static final Pattern DEAD_LETTERED = Pattern.compile(
            "(?m)^dvk_events_dead_lettered_total\\{[^}]*consumer=\"reporting\"[^}]*} (\\S+)$");
    private static final Pattern UNREADABLE = Pattern.compile(
            "(?m)^dvk_events_consumed_total\\{[^}]*consumer=\"reporting\"[^}]*outcome=\"unreadable\"[^}]*} (\\S+)$");

    @Autowired
    FaultHooks.CrashBetweenWrites crash;

    @Value("${spring.cloud.stream.bindings.registrationEvents-in-0.group}")
    String group;

    @Value("${dvk.reporting.registration-dead-letters}")
    String deadLetters;

    private static ModelSnapshot model(String commune, int year, String name) {
        return ModelFixtures.anIndividualModel().inUnit(commune).inYear(year).atLevel(ManagementLevel.GRASSROOTS)
                .inField(Field.ECONOMY).named(name).registered();
    }

    private double scraped(Pattern metric) {
        ServiceClient.Reply scrape = http.get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        Matcher counter = metric.matcher(scrape.body());
        return counter.find() ? Double.parseDouble(counter.group(1)) : 0;
    }

    @Test
    void a_poison_record_in_the_middle_of_a_batch_is_dead_lettered_and_counted_while_the_others_apply() {
        double deadLetteredBefore = scraped(DEAD_LETTERED);
        double unreadableBefore = scraped(UNREADABLE);
        ModelSnapshot before = model("04096", POISON_YEAR, "Mô hình trước bản ghi hỏng");
        ModelSnapshot after = model("04096", POISON_YEAR, "Mô hình sau bản ghi hỏng");
        String poisonKey = "poison-" + before.id();
        CloudEvent poison = CloudEvent.of(RegistrationEvents.MODEL_REGISTERED, "/dvk/test-feed", poisonKey,
                "14/124/04096", 1);

        try (EventFeed feed = new EventFeed()) {
            feed.send(withKey(EventFeed.record(RegistrationEvents.MODEL_REGISTERED,
                    CloudEvent.of(RegistrationEvents.MODEL_REGISTERED, "/dvk/test-feed", before.id(),
                            before.unitPath(), 1), new ModelRegistered(before, "cán bộ xã", null)), poisonKey));
            ProducerRecord<byte[], byte[]> unreadable = new ProducerRecord<>(RegistrationEvents.MODEL_REGISTERED.topic(),
                    poisonKey.getBytes(StandardCharsets.UTF_8), "{not json".getBytes(StandardCharsets.UTF_8));
            EventFeed.record(RegistrationEvents.MODEL_REGISTERED, poison,
                    new ModelRegistered(before, "cán bộ xã", null)).headers()
                    .forEach(header -> unreadable.headers().add(header));
            feed.send(unreadable);
            feed.send(withKey(EventFeed.record(RegistrationEvents.MODEL_REGISTERED,
                    CloudEvent.of(RegistrationEvents.MODEL_REGISTERED, "/dvk/test-feed", after.id(),
                            after.unitPath(), 1), new ModelRegistered(after, "cán bộ xã", null)), poisonKey));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> statistics("04096", POISON_YEAR).get("total").asLong() == 2);
        try (TopicProbe parked = TopicProbe.on(deadLetters)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(parked.poll())
                    .filteredOn(received -> poisonKey.equals(received.key()))
                    .singleElement().satisfies(received -> {
                        assertThat(received.value()).isEqualTo("{not json");
                        assertThat(received.header("x-original-topic")).isEqualTo("dvk.registration");
                    }));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(scraped(DEAD_LETTERED)).isEqualTo(deadLetteredBefore + 1);
            assertThat(scraped(UNREADABLE)).isEqualTo(unreadableBefore + 1);
        });
    }

    @Test
    void a_model_event_without_a_version_is_dead_lettered_instead_of_stopping_its_batch() {
        double deadLetteredBefore = scraped(DEAD_LETTERED);
        ModelSnapshot before = model("04099", VERSIONLESS_YEAR, "Mô hình trước bản ghi không phiên bản");
        ModelSnapshot versionless = ModelFixtures.anIndividualModel().inUnit("04099").inYear(VERSIONLESS_YEAR)
                .atLevel(ManagementLevel.GRASSROOTS).inField(Field.ECONOMY).named("Mô hình không phiên bản")
                .withStatus(ModelStatus.REGISTERED).atVersion(0).build();
        ModelSnapshot after = model("04099", VERSIONLESS_YEAR, "Mô hình sau bản ghi không phiên bản");
        String batchKey = "versionless-" + before.id();

        try (EventFeed feed = new EventFeed()) {
            for (var event : List.of(new Sequenced(before, 1), new Sequenced(versionless, 0), new Sequenced(after, 1))) {
                feed.send(withKey(EventFeed.record(RegistrationEvents.MODEL_REGISTERED,
                        CloudEvent.of(RegistrationEvents.MODEL_REGISTERED, "/dvk/test-feed", event.model().id(),
                                event.model().unitPath(), event.sequence()),
                        new ModelRegistered(event.model(), "cán bộ xã", null)), batchKey));
            }
        }

        await().atMost(Duration.ofSeconds(60))
                .until(() -> statistics("04099", VERSIONLESS_YEAR).get("total").asLong() == 2);
        try (TopicProbe parked = TopicProbe.on(deadLetters)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(parked.poll())
                    .filteredOn(received -> batchKey.equals(received.key()))
                    .singleElement().satisfies(received -> assertThat(received.value()).contains(versionless.id())));
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(scraped(DEAD_LETTERED)).isEqualTo(deadLetteredBefore + 1));
    }

    private record Sequenced(ModelSnapshot model, long sequence) {
    }

    /** The same record under the key of the batch, so that all of them share a partition and a poll. */
    private static ProducerRecord<byte[], byte[]> withKey(ProducerRecord<byte[], byte[]> record, String key) {
        return new ProducerRecord<>(record.topic(), null, key.getBytes(StandardCharsets.UTF_8), record.value(),
                record.headers());
    }

    @Test
    void a_crash_between_the_counter_write_and_the_view_write_is_repaired_by_the_redelivery_and_a_rebuild_agrees() {
        List<ModelSnapshot> models = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            models.add(model(i % 2 == 0 ? "04096" : "04063", CRASH_YEAR, "Mô hình số " + i));
        }
        crash.arm(change -> change.model().year() == CRASH_YEAR, 2);

        try (EventFeed feed = new EventFeed()) {
            for (int i = 0; i < models.size(); i++) {
                ModelSnapshot registered = feed.registered(models.get(i));
                if (i % 3 == 0) {
                    models.set(i, feed.statusChanged(registered, ModelStatus.APPROVED));
                }
            }
            feed.flush();
            await().atMost(Duration.ofSeconds(60)).until(() -> statistics("124", CRASH_YEAR).get("total")
                    .asLong() == models.size());
            Quiescence.await(group, ProjectionConsumers.TOPICS, Duration.ofSeconds(60));
            assertThat(crash.crashes()).isEqualTo(2);
            JsonNode live = statistics("124", CRASH_YEAR);
            assertThat(live.get("byStatus").get("APPROVED").asLong()).isEqualTo(4);
            assertThat(live.get("byStatus").get("REGISTERED").asLong()).isEqualTo(8);

            feed.redeliverAll();
            Quiescence.await(group, ProjectionConsumers.TOPICS, Duration.ofSeconds(60));
            assertThat(statistics("124", CRASH_YEAR)).isEqualTo(live);
            assertThat(statistics("04096", CRASH_YEAR).get("total").asLong()).isEqualTo(6);

            ServiceClient.Reply rebuild = http.send("POST", "/api/v1/admin/rebuild", null, null, Map.of());
            assertThat(rebuild.status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(180)).until(() -> http.get("/api/v1/admin/rebuild").json()
                    .get("state").asString().equals("DONE"));
            assertThat(statistics("124", CRASH_YEAR)).isEqualTo(live);
        }
    }
}
