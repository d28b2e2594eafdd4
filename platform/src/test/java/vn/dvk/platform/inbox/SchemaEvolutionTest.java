package vn.dvk.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.Topics;
import vn.dvk.platform.testapp.AppliedEvents;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/**
 * What a consumer does with events written by a newer producer (ADR 0020): fields it does not know are ignored; an
 * enum value it does not know and a version of a type it does not know are parked on the dead-letter topic and
 * counted where operators look ({@code /actuator/prometheus}), never committed past silently.
 */
@DvkIntegrationTest
class SchemaEvolutionTest {

    private static final String DEAD_LETTERS = "platform-test.dlq";

    @LocalServerPort
    int port;

    @Autowired
    AppliedEvents consumer;

    private static String modelRegistered(String modelId, String field, String extra) {
        return """
                {"model": {"id": "%s", "year": 2022, "unitCode": "04096", "unitPath": "14/124/04096",
                 "level": "GRASSROOTS", "field": "%s", "ownerType": "COLLECTIVE", "kind": "MODEL",
                 "status": "REGISTERED", "name": "Mô hình đời sau", "address": "-", "ownerName": "-",
                 "personInCharge": "-", "startDate": "2022-01-01", "endDate": "2022-12-31", "campaignId": null,
                 "replicatedFrom": null, "version": 1 %s},
                 "registeredBy": "test", "occurredAt": "2022-03-01T02:00:00Z" %s}
                """.formatted(modelId, field, extra, extra);
    }

    private static void publish(String type, String modelId, String payload) {
        TopicProbe.send(Topics.REGISTRATION, new CloudEvent(UUID.randomUUID().toString(), "/dvk/test", type,
                modelId, Instant.parse("2022-03-01T02:00:00Z"), null, "14/124/04096", 1), payload);
    }

    private long appliedCount(String modelId) {
        return consumer.applied().stream().filter(event -> modelId.equals(event.payload().model().id())).count();
    }

    private double consumed(String outcome) {
        String metrics = new ServiceClient(port).get("/actuator/prometheus").body();
        Matcher line = Pattern.compile("(?m)^dvk_events_consumed_total\\{[^}]*consumer=\"platform-test\""
                + "[^}]*outcome=\"" + outcome + "\"[^}]*} (\\S+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void fields_the_consumer_does_not_know_are_ignored() {
        String modelId = "newer-fields-" + UUID.randomUUID();

        publish("vn.dvk.model.registered.v1", modelId, modelRegistered(modelId, "ECONOMY",
                ", \"addedLater\": {\"nested\": [1, 2]}, \"note\": \"trường mới\""));

        await().atMost(Duration.ofSeconds(60)).until(() -> appliedCount(modelId) == 1);
    }

    @Test
    void an_enum_value_the_consumer_does_not_know_is_parked_and_counted_as_unreadable() {
        String modelId = "unknown-enum-" + UUID.randomUUID();
        double before = consumed("unreadable");

        publish("vn.dvk.model.registered.v1", modelId, modelRegistered(modelId, "SPACE_TRAVEL", ""));

        try (TopicProbe deadLetters = TopicProbe.on(DEAD_LETTERS)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(deadLetters.poll())
                    .extracting(TopicProbe.Received::key).contains(modelId));
        }
        assertThat(consumed("unreadable")).isGreaterThan(before);
        assertThat(appliedCount(modelId)).isZero();
    }

    @Test
    void a_new_version_of_a_handled_type_is_parked_and_counted_while_an_unrelated_type_is_ignored() {
        String newer = "v2-" + UUID.randomUUID();
        String unrelated = "other-" + UUID.randomUUID();
        String marker = "marker-" + UUID.randomUUID();
        double before = consumed("unknown-version");

        publish("vn.dvk.model.registered.v2", newer, modelRegistered(newer, "ECONOMY", ""));
        publish("vn.dvk.model.archived.v1", unrelated, modelRegistered(unrelated, "ECONOMY", ""));
        publish("vn.dvk.model.registered.v1", marker, modelRegistered(marker, "ECONOMY", ""));

        await().atMost(Duration.ofSeconds(60)).until(() -> appliedCount(marker) == 1);
        try (TopicProbe deadLetters = TopicProbe.on(DEAD_LETTERS)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(deadLetters.poll())
                    .extracting(TopicProbe.Received::key).contains(newer).doesNotContain(unrelated));
        }
        assertThat(consumed("unknown-version")).isGreaterThan(before);
        assertThat(appliedCount(newer)).isZero();
    }
}
