package vn.dvk.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.Topics;
import vn.dvk.platform.testapp.AppliedEvents;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

@DvkIntegrationTest
class IdempotentConsumptionTest {

    private static final Pattern DEAD_LETTERED = Pattern.compile(
            "^dvk_events_dead_lettered_total\\{[^}]*consumer=\"platform-test\"[^}]*} (\\S+)$", Pattern.MULTILINE);

    @Autowired
    AppliedEvents consumer;

    @LocalServerPort
    int port;

    private static String modelRegistered(String modelId, String name, String unitPath) {
        String unitCode = unitPath.substring(unitPath.lastIndexOf('/') + 1);
        return """
                {"model": {"id": "%s", "year": 2022, "unitCode": "%s", "unitPath": "%s", "level": "GRASSROOTS",
                 "field": "ECONOMY", "ownerType": "COLLECTIVE", "kind": "MODEL", "status": "REGISTERED",
                 "name": "%s", "address": "-", "ownerName": "-", "personInCharge": "-",
                 "startDate": "2022-01-01", "endDate": "2022-12-31", "campaignId": null, "replicatedFrom": null,
                 "version": 1},
                 "registeredBy": "test", "occurredAt": "2022-03-01T02:00:00Z"}
                """.formatted(modelId, unitCode, unitPath, name);
    }

    private static void publish(String eventId, String modelId, String unitPath, String payload) {
        TopicProbe.send(Topics.REGISTRATION, new CloudEvent(eventId, "/dvk/test", "vn.dvk.model.registered.v1",
                modelId, Instant.parse("2022-03-01T02:00:00Z"), null, unitPath, 1), payload);
    }

    private long appliedCount(String modelId) {
        return consumer.applied().stream().filter(event -> modelId.equals(event.payload().model().id())).count();
    }

    @Test
    void a_duplicated_event_is_applied_once() {
        String eventId = UUID.randomUUID().toString();
        String modelId = "dup-" + UUID.randomUUID();
        String payload = modelRegistered(modelId, "Mô hình nhân đôi", "14/124/04096");

        publish(eventId, modelId, "14/124/04096", payload);
        publish(eventId, modelId, "14/124/04096", payload);
        String marker = "marker-" + UUID.randomUUID();
        publish(UUID.randomUUID().toString(), marker, "14/124/04096", modelRegistered(marker, "Mốc", "14/124/04096"));

        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(marker) == 1);
        assertThat(appliedCount(modelId)).isEqualTo(1);
    }

    @Test
    void events_outside_the_scope_are_dropped_by_header() {
        String outside = "outside-" + UUID.randomUUID();
        String inside = "inside-" + UUID.randomUUID();

        publish(UUID.randomUUID().toString(), outside, "14/125/04105", modelRegistered(outside, "Mai Sơn", "14/125/04105"));
        publish(UUID.randomUUID().toString(), inside, "14/124/04063", modelRegistered(inside, "Yên Châu", "14/124/04063"));

        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(inside) == 1);
        assertThat(appliedCount(outside)).isZero();
    }

    @Test
    void campaigns_issued_above_the_scope_flow_down_and_models_of_units_above_do_not() {
        String province = "province-" + UUID.randomUUID();
        String otherDistrict = "mai-son-" + UUID.randomUUID();
        String provinceModel = "province-model-" + UUID.randomUUID();

        publish(UUID.randomUUID().toString(), provinceModel, "14", modelRegistered(provinceModel, "Tỉnh", "14"));
        publishCampaign(otherDistrict, "14/125");
        publishCampaign(province, "14");

        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.campaigns().stream()
                .anyMatch(event -> event.subject().equals(province)));
        assertThat(consumer.campaigns()).noneMatch(event -> event.subject().equals(otherDistrict));
        assertThat(appliedCount(provinceModel)).isZero();
    }

    private static void publishCampaign(String campaignId, String issuingUnitPath) {
        String unitCode = issuingUnitPath.substring(issuingUnitPath.lastIndexOf('/') + 1);
        TopicProbe.send(Topics.REGISTRATION, new CloudEvent(UUID.randomUUID().toString(), "/dvk/test",
                "vn.dvk.campaign.published.v1", campaignId, Instant.parse("2022-03-01T02:00:00Z"), null,
                issuingUnitPath, 1), """
                {"campaign": {"id": "%s", "issuingUnitCode": "%s", "issuingUnitPath": "%s",
                 "name": "Dân vận khéo", "documentNumber": "01-KH", "documentDate": "2022-01-10",
                 "startYear": 2022, "endYear": 2025, "parentCampaignId": null, "phases": [], "targets": [],
                 "version": 1},
                 "publishedBy": "test", "occurredAt": "2022-03-01T02:00:00Z"}
                """.formatted(campaignId, unitCode, issuingUnitPath));
    }

    /** The dead-letter counter of the test consumer as Prometheus scrapes it. */
    private double deadLettered() {
        ServiceClient.Reply scrape = new ServiceClient(port).get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        Matcher counter = DEAD_LETTERED.matcher(scrape.body());
        assertThat(counter.find()).as("dvk_events_dead_lettered_total of platform-test in the scrape").isTrue();
        return Double.parseDouble(counter.group(1));
    }

    @Test
    void a_poison_event_goes_to_the_dead_letter_topic_and_the_next_event_is_still_applied() {
        double deadLetteredBefore = deadLettered();
        String poison = "poison-" + UUID.randomUUID();
        String unreadable = "unreadable-" + UUID.randomUUID();
        String good = "good-" + UUID.randomUUID();

        publish(UUID.randomUUID().toString(), poison, "14/124/04096", modelRegistered(poison, "POISON", "14/124/04096"));
        publish(UUID.randomUUID().toString(), unreadable, "14/124/04096", "{not json");
        publish(UUID.randomUUID().toString(), good, "14/124/04096", modelRegistered(good, "Mô hình tốt", "14/124/04096"));

        await().atMost(Duration.ofSeconds(60)).until(() -> appliedCount(good) == 1);
        try (TopicProbe deadLetters = TopicProbe.on("platform-test.dlq")) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLetters.poll())
                    .extracting(TopicProbe.Received::key).contains(poison, unreadable));
        }
        assertThat(appliedCount(poison)).isZero();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deadLettered()).isEqualTo(deadLetteredBefore + 2));
    }
}
