package vn.dvk.notification.delivery.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelStatusChanged;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.support.Events;
import vn.dvk.notification.support.NotificationApiTest;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.WebhookReceiver;

/** Signed webhooks to a province's system over real HTTP: retried, logged, failed, resent. */
class WebhookIntegrationTest extends NotificationApiTest {

    private static final String SECRET = "bi-mat-cua-tinh-son-la-2022";

    private String subscribeWebhook(Official admin, String unitCode, String url) {
        ServiceClient.Reply created = as(admin).post("/api/v1/subscriptions", """
                {"unitCode": "%s", "kinds": ["MODEL_STATUS_CHANGED"], "channels": ["WEBHOOK"],
                 "webhookUrl": "%s", "webhookSecret": "%s"}""".formatted(unitCode, url, SECRET));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("generatedWebhookSecret").isNull()).isTrue();
        return created.json().path("id").asString();
    }

    private ModelStatusChanged approvedAt(String unitCode, String modelId) {
        ModelStatusChanged approved = Events.statusChanged(Events.model(modelId, unitCode, ModelStatus.REGISTERED, 1),
                ModelStatus.APPROVED, "Phù hợp, khả thi");
        Events.publish(approved);
        return approved;
    }

    @Test
    void a_receiver_that_fails_twice_then_succeeds_gets_the_event_once_signed_and_the_log_shows_three_tries() {
        Official admin = announced("hook.admin", "125", Role.ADMIN);
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(2)) {
            subscribeWebhook(admin, "125", receiver.url());
            ModelStatusChanged approved = approvedAt("04108", "m-hook-" + admin.login());

            eventually().until(() -> receiver.accepted().size() == 1);

            assertThat(receiver.calls()).hasSize(3);
            for (WebhookReceiver.Call call : receiver.calls()) {
                assertThat(call.signedWith(SECRET)).as("signature of %s", call.text()).isTrue();
                assertThat(call.contentType()).startsWith("application/cloudevents+json");
            }
            JsonNode cloudEvent = ServiceClient.JSON.readTree(receiver.accepted().get(0).body());
            assertThat(cloudEvent.path("specversion").asString()).isEqualTo("1.0");
            assertThat(cloudEvent.path("type").asString()).isEqualTo("vn.dvk.model.status-changed.v1");
            assertThat(cloudEvent.path("unitpath").asString()).isEqualTo("14/125/04108");
            assertThat(cloudEvent.path("data").path("to").asString()).isEqualTo("APPROVED");
            assertThat(cloudEvent.path("data").path("model").path("id").asString())
                    .isEqualTo(approved.model().id());

            String deliveryId = receiver.accepted().get(0).delivery();
            JsonNode logged = as(admin).get("/api/v1/notifications/deliveries/" + deliveryId).json();
            assertThat(logged.path("status").asString()).isEqualTo("SENT");
            assertThat(logged.path("channel").asString()).isEqualTo("WEBHOOK");
            assertThat(logged.path("attempts")).extracting(attempt -> attempt.path("detail").asString())
                    .containsExactly("HTTP 500", "HTTP 500", "HTTP 200");
        }
    }

    @Test
    void a_receiver_that_never_answers_well_is_listed_as_failed_and_a_resend_delivers_it_once_it_recovers() {
        Official admin = announced("failed.admin", "125", Role.ADMIN);
        try (WebhookReceiver receiver = WebhookReceiver.alwaysFailing()) {
            subscribeWebhook(admin, "125", receiver.url());
            approvedAt("04111", "m-failing-" + admin.login());

            eventually().until(() -> failedTo(admin, receiver.url()) != null);
            JsonNode failed = failedTo(admin, receiver.url());
            assertThat(failed.path("attempts").size()).isGreaterThanOrEqualTo(3);
            assertThat(failed.path("attempts").get(0).path("delivered").asBoolean()).isFalse();

            receiver.recover();
            ServiceClient.Reply resent = as(admin).post("/api/v1/notifications/failed/"
                    + failed.path("id").asString() + "/resend", "");
            assertThat(resent.status()).as(resent.body()).isEqualTo(200);

            eventually().until(() -> receiver.accepted().size() == 1);
            eventually().until(() -> failedTo(admin, receiver.url()) == null);
            ServiceClient.Reply again = as(admin).post("/api/v1/notifications/failed/"
                    + failed.path("id").asString() + "/resend", "");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.text("code")).isEqualTo("not-failed");
        }
    }

    private JsonNode failedTo(Official admin, String url) {
        for (JsonNode item : as(admin).get("/api/v1/notifications/failed?size=200").json().path("items")) {
            if (url.equals(item.path("address").asString())) {
                return item;
            }
        }
        return null;
    }
}
