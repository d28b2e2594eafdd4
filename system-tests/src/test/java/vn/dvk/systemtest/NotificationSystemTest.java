package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.Topics;
import vn.dvk.contracts.identity.IdentityEvents;
import vn.dvk.contracts.identity.OfficialRegistered;
import vn.dvk.contracts.identity.OfficialSnapshot;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;
import vn.dvk.testsupport.WebhookReceiver;

/**
 * notification-service as its own process beside registration- and evaluation-service, sending mail to a real SMTP
 * server (GreenMail, read back over IMAP) and signed webhooks to a commune's system (an HTTP receiver in this JVM):
 * a model returned with a reason reaches its clerk once, replaying every event sends nothing more, a receiver that
 * fails twice gets the event once, and a minute without SMTP delays mail without losing it.
 */
@OnTheSharedStack
class NotificationSystemTest {

    private static final Duration EVENTUAL = Duration.ofSeconds(90);
    private static final String SECRET = "bi-mat-cua-huyen-mai-son";
    private static final String PORTAL = SystemUnderTest.PORTAL;
    private static final String MODEL = """
            {"year": 2024, "unitCode": "%s", "level": "GRASSROOTS", "field": "ECONOMY",
             "ownerType": "INDIVIDUAL", "kind": "MODEL", "name": "%s",
             "address": "bản Nà Sành", "content": "Trồng cà phê dưới tán rừng",
             "ownerName": "Hộ ông Quàng Văn Sơn", "personInCharge": "Quàng Văn Sơn",
             "startDate": "2024-01-01", "endDate": "2024-12-31"}
            """;

    private static WebhookReceiver receiver;

    private final SystemUnderTest system = SystemUnderTest.get();
    private final LocalMailServer mail = system.mail;
    private final ServiceClient notification = new ServiceClient(system.notification.url(""));

    @BeforeAll
    static void startTheCommunesSystem() {
        receiver = WebhookReceiver.failingFirst(2);
    }

    @AfterAll
    static void stopTheCommunesSystem() {
        receiver.close();
    }

    /**
     * identity-service announces a clerk of the commune (mail at {@code <login>@dvk.local}); the administrator then
     * subscribes him to the deadline reminders in the app, which succeeds once notification-service knows him.
     */
    private String announceClerk(String unitCode, String unitPath, String login) {
        OfficialSnapshot clerk = new OfficialSnapshot(login, "Cán bộ " + login, login + "@dvk.local", unitCode,
                unitPath, List.of("UNIT_CLERK"), true, 1);
        TopicProbe.send(Topics.IDENTITY, CloudEvent.of(IdentityEvents.OFFICIAL_REGISTERED, "/dvk/identity-service",
                login, unitPath, 1), ServiceClient.JSON.writeValueAsString(
                new OfficialRegistered(clerk, "sonla.admin", Instant.now())));
        String reminders = """
                {"login": "%s", "unitCode": "%s", "kinds": ["DEADLINE_APPROACHING"], "channels": ["IN_APP"]}"""
                .formatted(login, unitCode);
        await(login + " is known").atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() ->
                notification.post("/api/v1/subscriptions", reminders).status() == 201);
        return clerk.email();
    }

    private String register(String unitCode, String name) {
        ServiceClient.Reply registered = SystemUnderTest.post(system.registration, "/api/v1/models",
                MODEL.formatted(unitCode, name));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().path("id").asString();
    }

    /**
     * Returns the model with a reason, as a member of the Steering Committee of the model's commune (the committee of a
     * grassroots model's level), once evaluation-service has seen its registration.
     */
    private void returnWithReason(String unitCode, String modelId, String reason) {
        ServiceClient committee = new ServiceClient(system.evaluation.url("")).asNamed("bcd." + unitCode,
                "Ban Chỉ đạo xã " + unitCode, unitCode, "STEERING_MEMBER");
        Supplier<ServiceClient.Reply> review = () -> committee.post("/api/v1/reviews", """
                {"modelId": "%s", "decision": "RETURN", "reason": "%s"}""".formatted(modelId, reason));
        await("evaluation-service takes the review").atMost(EVENTUAL).pollInterval(Duration.ofMillis(500))
                .until(() -> review.get().status() == 201);
    }

    @Test
    void a_returned_model_mails_its_clerk_once_and_calls_the_communes_webhook_once_even_when_replayed() {
        String clerk = announceClerk("04114", "14/125/04114", "chiengchan.canbo");
        ServiceClient.Reply subscribed = notification.post("/api/v1/subscriptions", """
                {"unitCode": "04114", "kinds": ["MODEL_STATUS_CHANGED"], "channels": ["WEBHOOK"],
                 "webhookUrl": "%s", "webhookSecret": "%s"}""".formatted(receiver.url(), SECRET));
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);

        String modelId = register("04114", "Mô hình cà phê dưới tán rừng");
        returnWithReason("04114", modelId, "Bổ sung kế hoạch và nguồn lực thực hiện");

        await("one mail to the clerk").atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1))
                .until(() -> mail.inbox(clerk).size() == 1);
        LocalMailServer.Mail returned = mail.inbox(clerk).get(0);
        assertThat(returned.subject()).isEqualTo("Mô hình \"Mô hình cà phê dưới tán rừng\" được trả lại để chỉnh sửa");
        assertThat(returned.text()).contains("Lý do: Bổ sung kế hoạch và nguồn lực thực hiện")
                .contains(PORTAL + "/models/" + modelId);
        assertThat(returned.html()).contains("href=\"" + PORTAL + "/models/" + modelId + "\"");

        await("the webhook, after two refusals").atMost(EVENTUAL).pollInterval(Duration.ofMillis(500))
                .until(() -> receiver.accepted().size() == 1);
        assertThat(receiver.calls()).hasSize(3);
        for (WebhookReceiver.Call call : receiver.calls()) {
            assertThat(call.signedWith(SECRET)).as("signature of %s", call.text()).isTrue();
        }
        JsonNode event = ServiceClient.JSON.readTree(receiver.accepted().get(0).body());
        assertThat(event.path("type").asString()).isEqualTo("vn.dvk.model.status-changed.v1");
        assertThat(event.path("data").path("to").asString()).isEqualTo("RETURNED");

        replayEveryEventOf(modelId);
        // Resubmitted and returned again: these records follow the replayed ones of the model on its partition, so
        // once the second return is told, every replayed record of the model has been consumed.
        JsonNode current = SystemUnderTest.get(system.registration, "/api/v1/models/" + modelId).json();
        ServiceClient.Reply resubmitted = SystemUnderTest.send(system.registration, "PUT",
                "/api/v1/models/" + modelId, MODEL.formatted("04114", "Mô hình cà phê dưới tán rừng"),
                Map.of("If-Match", current.path("version").asString()));
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
        returnWithReason("04114", modelId, "Bổ sung hình ảnh minh chứng");

        await("the second return reaches the clerk").atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1))
                .until(() -> mail.inbox(clerk).size() >= 2);
        assertThat(mail.inbox(clerk)).extracting(LocalMailServer.Mail::text)
                .satisfiesExactly(first -> assertThat(first).contains("Bổ sung kế hoạch và nguồn lực thực hiện"),
                        second -> assertThat(second).contains("Bổ sung hình ảnh minh chứng"));
        await("the webhook of the second return").atMost(EVENTUAL).pollInterval(Duration.ofMillis(500))
                .until(() -> accepted("RETURNED").size() == 2);
        assertThat(receiver.accepted()).extracting(call -> ServiceClient.JSON.readTree(call.body()).path("id")
                .asString()).doesNotHaveDuplicates();
    }

    /** The calls the receiver accepted for status changes to {@code status}. */
    private static List<WebhookReceiver.Call> accepted(String status) {
        return receiver.accepted().stream().filter(call -> status.equals(ServiceClient.JSON.readTree(call.body())
                .path("data").path("to").asString())).toList();
    }

    /**
     * Every record about the model on the registration and evaluation topics (its own events, the reviews naming
     * it), sent again as they were; read until the topics have nothing more.
     */
    private static void replayEveryEventOf(String modelId) {
        for (String topic : List.of(Topics.REGISTRATION, Topics.EVALUATION)) {
            List<TopicProbe.Received> records = new ArrayList<>();
            try (TopicProbe probe = TopicProbe.on(topic)) {
                int[] quiet = {0};
                await("everything on " + topic).atMost(EVENTUAL).until(() -> {
                    int before = records.size();
                    records.clear();
                    probe.poll().stream().filter(record -> record.value().contains(modelId)).forEach(records::add);
                    quiet[0] = records.size() > 0 && records.size() == before ? quiet[0] + 1 : 0;
                    return quiet[0] >= 3;
                });
            }
            for (TopicProbe.Received record : records) {
                TopicProbe.send(topic, record.key(), record.value(), record.headers());
            }
        }
    }

    /** Failed attempts of the mail to {@code address}, as the delivery log shows them to an administrator. */
    private long failedMailAttempts(String address) {
        JsonNode log = notification.get(
                "/api/v1/notifications/deliveries?unit=125&channel=EMAIL&size=200").json();
        long failed = 0;
        for (JsonNode delivery : log.path("items")) {
            if (address.equals(delivery.path("address").asString())) {
                for (JsonNode attempt : delivery.path("attempts")) {
                    failed += attempt.path("delivered").asBoolean() ? 0 : 1;
                }
            }
        }
        return failed;
    }

    @Test
    void a_minute_without_smtp_delays_the_mail_and_loses_none() throws InterruptedException {
        String clerk = announceClerk("04111", "14/125/04111", "muongbang.canbo");
        String modelId = register("04111", "Mô hình nuôi cá lồng");
        mail.stop();
        try {
            returnWithReason("04111", modelId, "Bổ sung số liệu thu nhập");
            await("the attempts fail while SMTP is down").atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1))
                    .until(() -> failedMailAttempts(clerk) >= 1);
            Thread.sleep(Duration.ofMinutes(1).toMillis());
            assertThat(failedMailAttempts(clerk)).as("attempts during the outage").isGreaterThan(1);
        } finally {
            mail.start();
        }
        await("the mail once SMTP is back").atMost(EVENTUAL).pollInterval(Duration.ofSeconds(1))
                .until(() -> mail.inbox(clerk).size() == 1);
        assertThat(mail.inbox(clerk).get(0).text()).contains("Lý do: Bổ sung số liệu thu nhập");
    }
}
