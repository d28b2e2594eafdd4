package vn.dvk.notification.delivery.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.support.NotificationApiTest;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.testsupport.ServiceClient;

/** Who may call what, with the platform's problem+json answers. */
class AccessControlIntegrationTest extends NotificationApiTest {

    @Test
    void without_a_token_the_feed_answers_401() {
        ServiceClient.Reply reply = api.withToken(null).get("/api/v1/notifications");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_delivery_log_the_failed_list_and_resending_are_for_administrators_only() {
        Official clerk = announced("log.clerk", "04072", Role.UNIT_CLERK);

        assertThat(as(clerk).get("/api/v1/notifications/failed").status()).isEqualTo(403);
        assertThat(as(clerk).get("/api/v1/notifications/deliveries").status()).isEqualTo(403);
        assertThat(as(clerk).post("/api/v1/notifications/failed/x/resend", "").status()).isEqualTo(403);
        assertThat(as(clerk).get("/api/v1/notifications/failed").text("code")).isEqualTo("forbidden-role");
    }

    @Test
    void an_administrator_asking_for_another_districts_failed_messages_is_refused() {
        Official admin = announced("district.admin", "124", Role.ADMIN);

        ServiceClient.Reply reply = as(admin).get("/api/v1/notifications/failed?unit=125");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.errorFields()).containsExactly("unit");
    }

    @Test
    void health_reports_the_smtp_server_beside_the_broker_and_the_store() {
        ServiceClient.Reply health = api.withToken(null).get("/actuator/health");

        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.json().path("components").path("mail").path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").has("mongo")).isTrue();
        assertThat(health.json().path("components").has("kafka")).isTrue();
    }
}
