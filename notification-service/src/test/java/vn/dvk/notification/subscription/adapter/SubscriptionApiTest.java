package vn.dvk.notification.subscription.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.support.Events;
import vn.dvk.notification.support.NotificationApiTest;
import vn.dvk.notification.support.TestMail;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.testsupport.ServiceClient;

/** {@code /api/v1/subscriptions} over real HTTP: own subscriptions, an administrator's subtree, and what is refused. */
class SubscriptionApiTest extends NotificationApiTest {

    private static String inApp(String unitCode) {
        return """
                {"unitCode": "%s", "kinds": ["MODEL_STATUS_CHANGED", "MODEL_REGISTERED"], "channels": ["IN_APP"]}
                """.formatted(unitCode);
    }

    @Test
    void a_clerk_subscribes_to_his_commune_lists_and_deletes_his_subscription() {
        Official clerk = announced("sub.clerk", "04087", Role.UNIT_CLERK);

        ServiceClient.Reply created = as(clerk).post("/api/v1/subscriptions", inApp("04087"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/subscriptions/" + id);
        assertThat(created.json().path("login").asString()).isEqualTo(clerk.login());
        assertThat(created.json().path("unitPath").asString()).isEqualTo("14/124/04087");

        assertThat(as(clerk).get("/api/v1/subscriptions").json().path("items"))
                .extracting(item -> item.path("id").asString()).containsExactly(id);
        assertThat(as(clerk).send("DELETE", "/api/v1/subscriptions/" + id, null, null,
                Map.of()).status()).isEqualTo(204);
        assertThat(as(clerk).get("/api/v1/subscriptions/" + id).status()).isEqualTo(404);
    }

    @Test
    void a_clerk_changes_his_subscription_at_its_current_version_only() {
        Official clerk = announced("change.clerk", "04087", Role.UNIT_CLERK);
        ServiceClient.Reply created = as(clerk).post("/api/v1/subscriptions", inApp("04087"));
        String id = created.json().path("id").asString();
        String digestByMail = """
                {"unitCode": "04087", "kinds": ["SELF_ASSESSMENT_DUE"], "channels": ["EMAIL"], "digest": true}""";

        ServiceClient.Reply changed = as(clerk).put("/api/v1/subscriptions/" + id, digestByMail,
                Map.of("If-Match", created.header("ETag")));
        ServiceClient.Reply stale = as(clerk).put("/api/v1/subscriptions/" + id, inApp("04087"),
                Map.of("If-Match", created.header("ETag")));
        ServiceClient.Reply unversioned = as(clerk).put("/api/v1/subscriptions/" + id, inApp("04087"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("kinds")).extracting(JsonNode::asString)
                .containsExactly("SELF_ASSESSMENT_DUE");
        assertThat(changed.json().path("digest").asBoolean()).isTrue();
        assertThat(changed.json().path("version").asLong()).isEqualTo(created.json().path("version").asLong() + 1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(unversioned.status()).isEqualTo(400);
        assertThat(unversioned.errorFields()).containsExactly("If-Match");
        assertThat(as(clerk).get("/api/v1/subscriptions/" + id).json().path("channels"))
                .extracting(JsonNode::asString).containsExactly("EMAIL");
    }

    @Test
    void a_subscription_in_app_only_replaces_the_default_mail() {
        Official clerk = announced("quiet.clerk", "04084", Role.UNIT_CLERK);
        assertThat(as(clerk).post("/api/v1/subscriptions", inApp("04084")).status()).isEqualTo(201);
        Official marker = announced("marker.clerk", "04084", Role.UNIT_CLERK);

        Events.publish(Events.statusChanged(Events.model("m-" + clerk.login(), "04084", ModelStatus.REGISTERED, 1),
                ModelStatus.RETURNED, "Bổ sung nguồn lực"));

        eventually().until(() -> TestMail.to(marker.email()).size() == 1);
        eventually().until(() -> as(clerk).get("/api/v1/notifications").json().path("total").asLong() == 1);
        assertThat(TestMail.to(clerk.email())).isEmpty();
    }

    @Test
    void a_subscription_outside_the_callers_subtree_is_refused_with_a_vietnamese_problem_naming_the_unit() {
        Official clerk = announced("outside.clerk", "04081", Role.UNIT_CLERK);

        ServiceClient.Reply refused = as(clerk).post("/api/v1/subscriptions", inApp("124"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("title")).isEqualTo("Ngoài phạm vi quản lý");
        assertThat(refused.errorFields()).containsExactly("unitCode");
        assertThat(as(clerk).get("/api/v1/subscriptions").json().path("items").size()).isZero();
    }

    @Test
    void only_an_administrator_subscribes_others_and_sees_his_subtrees_subscriptions() {
        Official admin = announced("sub.admin", "124", Role.ADMIN);
        Official clerk = announced("managed.clerk", "04078", Role.UNIT_CLERK);
        Official maiSonClerk = announced("maison.clerk", "04114", Role.UNIT_CLERK);

        ServiceClient.Reply forClerk = as(admin).post("/api/v1/subscriptions", """
                {"login": "%s", "unitCode": "04078", "kinds": ["DEADLINE_APPROACHING"], "channels": ["EMAIL"],
                 "digest": true}""".formatted(clerk.login()));
        ServiceClient.Reply byClerk = as(clerk).post("/api/v1/subscriptions", """
                {"login": "%s", "unitCode": "04078", "kinds": ["DEADLINE_APPROACHING"], "channels": ["EMAIL"]}
                """.formatted(admin.login()));
        ServiceClient.Reply outsideAdmin = as(admin).post("/api/v1/subscriptions", """
                {"login": "%s", "unitCode": "04114", "kinds": ["DEADLINE_APPROACHING"], "channels": ["EMAIL"]}
                """.formatted(maiSonClerk.login()));

        assertThat(forClerk.status()).as(forClerk.body()).isEqualTo(201);
        assertThat(forClerk.json().path("createdBy").asString()).contains(admin.login());
        assertThat(byClerk.status()).isEqualTo(403);
        assertThat(byClerk.text("code")).isEqualTo("forbidden-role");
        assertThat(outsideAdmin.status()).isEqualTo(403);
        assertThat(as(clerk).get("/api/v1/subscriptions").json().path("items").get(0).path("digest").asBoolean())
                .isTrue();
        JsonNode subtree = as(admin).get("/api/v1/subscriptions?unit=124&size=200").json();
        assertThat(subtree.path("items")).extracting(item -> item.path("login").asString()).contains(clerk.login())
                .doesNotContain(maiSonClerk.login());
        assertThat(as(clerk).get("/api/v1/subscriptions?unit=04078").status()).isEqualTo(403);
    }

    @Test
    void bad_terms_answer_400_naming_each_field_and_change_nothing() {
        Official clerk = announced("bad.clerk", "04075", Role.UNIT_CLERK);

        ServiceClient.Reply missing = as(clerk).post("/api/v1/subscriptions", "{\"unitCode\": \"04075\"}");
        ServiceClient.Reply unknownKind = as(clerk).post("/api/v1/subscriptions", """
                {"unitCode": "04075", "kinds": ["EVERYTHING"], "channels": ["IN_APP"]}""");
        ServiceClient.Reply unknownUnit = as(clerk).post("/api/v1/subscriptions", inApp("99999"));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("kinds", "channels");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.errorFields()).singleElement().asString().startsWith("kinds");
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(as(clerk).get("/api/v1/subscriptions").json().path("items").size()).isZero();
    }
}
