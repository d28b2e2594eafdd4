package vn.dvk.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TestTokens;

/**
 * The platform's access rules as a client meets them: tokens from the OIDC provider, roles, the caller's subtree
 * intersected with the instance's, the actor taken from the token, and the audit chain of every change.
 */
@DvkIntegrationTest
class AccessControlTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private ServiceClient clerkOf(String unit) {
        return new ServiceClient(port).as("clerk." + unit, unit, "UNIT_CLERK");
    }

    private ServiceClient.Reply record(ServiceClient client, String unit, String text) {
        return client.post("/api/v1/records", """
                {"unitCode": "%s", "text": "%s", "recordedBy": "Người mạo danh"}""".formatted(unit, text),
                Map.of("X-Dvk-Actor", "Nguoi mao danh"));
    }

    @Test
    void no_token_an_expired_token_or_one_for_another_audience_is_401_problem_json() {
        ServiceClient anonymous = new ServiceClient(port).withToken(null);
        for (ServiceClient client : new ServiceClient[] {anonymous,
                anonymous.withToken(TestTokens.expired("a", "04096", "UNIT_CLERK")),
                anonymous.withToken(TestTokens.forAudience("other", "a", "04096", "UNIT_CLERK")),
                anonymous.withToken("not-a-jwt")}) {
            ServiceClient.Reply reply = client.get("/api/v1/records");
            assertThat(reply.status()).as(reply.body()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.text("code")).isEqualTo("unauthenticated");
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        }
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void a_role_that_may_not_write_is_403_and_writes_nothing() {
        long before = mongo.getCollection("unit_records").countDocuments();
        ServiceClient.Reply viewer = record(new ServiceClient(port).as("lanhdao", "124", "VIEWER"), "04096", "x");
        assertThat(viewer.status()).as(viewer.body()).isEqualTo(403);
        assertThat(viewer.text("code")).isEqualTo("forbidden-role");
        assertThat(mongo.getCollection("unit_records").countDocuments()).isEqualTo(before);
        ServiceClient.Reply actuator = new ServiceClient(port).as("lanhdao", "124", "VIEWER")
                .get("/actuator/prometheus");
        assertThat(actuator.status()).isEqualTo(403);
    }

    @Test
    void the_actor_comes_from_the_token_never_from_a_header_or_the_body() {
        ServiceClient.Reply created = record(clerkOf("04096"), "04096", "Mô hình trồng lê");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("recordedBy")).isEqualTo("Cán bộ clerk.04096 (clerk.04096)");
    }

    @Test
    void a_clerk_writes_only_in_his_subtree_and_reads_another_subtrees_record_as_not_found() {
        ServiceClient.Reply other = record(clerkOf("04063"), "04096", "x");
        assertThat(other.status()).as(other.body()).isEqualTo(403);
        assertThat(other.errorFields()).containsExactly("unitCode");

        String id = record(clerkOf("04096"), "04096", "Bản ghi của Lóng Phiêng").text("id");
        assertThat(clerkOf("04096").get("/api/v1/records/" + id).status()).isEqualTo(200);
        assertThat(new ServiceClient(port).as("yenchau.lanhdao", "124", "VIEWER").get("/api/v1/records/" + id)
                .status()).isEqualTo(200);
        ServiceClient.Reply hidden = clerkOf("04063").get("/api/v1/records/" + id);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("Lóng Phiêng");
    }

    @Test
    void a_list_defaults_to_the_callers_unit_and_refuses_another_subtree() {
        String mine = record(clerkOf("04063"), "04063", "Chiềng Đông").text("id");
        String theirs = record(clerkOf("04096"), "04096", "Lóng Phiêng").text("id");
        ServiceClient.Reply list = clerkOf("04063").get("/api/v1/records");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(mine).doesNotContain(theirs);
        assertThat(clerkOf("04063").get("/api/v1/records?unit=04096").status()).isEqualTo(403);
        assertThat(clerkOf("04063").get("/api/v1/records?unit=124").status()).isEqualTo(403);
        assertThat(new ServiceClient(port).as("sonla.bcd", "14", "VIEWER").get("/api/v1/records?unit=124").body())
                .contains(mine).contains(theirs);
    }

    @Test
    void every_change_is_audited_in_a_chain_that_fails_verification_once_a_record_is_altered() {
        record(clerkOf("04096"), "04096", "một");
        record(new ServiceClient(port).as("lanhdao", "124", "VIEWER"), "04096", "bị từ chối");
        ServiceClient auditor = new ServiceClient(port).as("sonla.kiemtra", "14", "AUDITOR");
        ServiceClient.Reply log = auditor.get("/api/v1/audit?size=5");
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        assertThat(log.json().path("items").get(0).path("login").asString()).isEqualTo("lanhdao");
        assertThat(log.json().path("items").get(0).path("status").asInt()).isEqualTo(403);
        assertThat(log.json().path("items").get(1).path("operation").asString()).isEqualTo("/api/v1/records");
        assertThat(auditor.get("/api/v1/audit/verification").json().path("intact").asBoolean()).isTrue();
        assertThat(clerkOf("04096").get("/api/v1/audit").status()).isEqualTo(403);

        long altered = log.json().path("items").get(1).path("sequence").asLong();
        mongo.getCollection("audit_log").updateOne(new Document("_id", altered),
                new Document("$set", new Document("login", "người khác")));
        ServiceClient.Reply verification = auditor.get("/api/v1/audit/verification");
        assertThat(verification.json().path("intact").asBoolean()).isFalse();
        assertThat(verification.json().path("firstBrokenSequence").asLong()).isEqualTo(altered);
    }
}
