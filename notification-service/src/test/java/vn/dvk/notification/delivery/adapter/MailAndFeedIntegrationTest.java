package vn.dvk.notification.delivery.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.events.Topics;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.ModelStatusChanged;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.support.Events;
import vn.dvk.notification.support.NotificationApiTest;
import vn.dvk.notification.support.TestMail;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/**
 * From an event on the broker to a Vietnamese mail on a real SMTP server and an item in the official's feed, once,
 * however often the event is delivered.
 */
class MailAndFeedIntegrationTest extends NotificationApiTest {

    private static String text(MimeMessage message) throws Exception {
        return parts(message).get("text/plain");
    }

    /** The text and HTML alternatives of a mail, by content type. */
    private static Map<String, String> parts(MimeMessage message) throws Exception {
        Map<String, String> found = new HashMap<>();
        collect(message.getContent(), found);
        return found;
    }

    private static void collect(Object content, Map<String, String> found) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getContent() instanceof String body) {
                    found.put(part.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT), body);
                } else {
                    collect(part.getContent(), found);
                }
            }
        }
    }

    @Test
    void a_model_returned_with_a_reason_mails_its_clerk_once_in_vietnamese_and_his_feed_shows_it() throws Exception {
        Official clerk = announced("returned.clerk", "04099", Role.UNIT_CLERK);
        ModelSnapshot model = Events.model("m-" + clerk.login(), "04099", ModelStatus.REGISTERED, 1);
        ModelStatusChanged returned = Events.statusChanged(model, ModelStatus.RETURNED, "Bổ sung thời gian thực hiện");

        Events.publish(returned);

        eventually().until(() -> TestMail.to(clerk.email()).size() == 1);
        MimeMessage mail = TestMail.to(clerk.email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Mô hình \"Mô hình trồng lê Tai nung\" được trả lại để chỉnh sửa");
        assertThat(text(mail)).contains("Kính gửi " + clerk.displayName())
                .contains("Lý do: Bổ sung thời gian thực hiện")
                .contains("http://127.0.0.1:8090/models/" + model.id());
        assertThat(parts(mail).get("text/html")).contains("<a href=\"http://127.0.0.1:8090/models/" + model.id()
                + "\"");
        assertThat(mail.getFrom()[0].toString()).contains("thongbao@dvk.local");

        JsonNode feed = as(clerk).get("/api/v1/notifications").json();
        assertThat(feed.path("unread").asLong()).isEqualTo(1);
        assertThat(feed.path("total").asLong()).isEqualTo(1);
        JsonNode item = feed.path("items").get(0);
        assertThat(item.path("type").asString()).isEqualTo("MODEL_STATUS_CHANGED");
        assertThat(item.path("title").asString()).isEqualTo(mail.getSubject());
        assertThat(item.path("link").asString()).isEqualTo("http://127.0.0.1:8090/models/" + model.id());
        assertThat(item.path("read").asBoolean()).isFalse();
        assertThat(item.path("createdAt").asString()).isNotBlank();

        ServiceClient.Reply read = as(clerk).post("/api/v1/notifications/" + item.path("id").asString() + "/read",
                "");
        assertThat(read.status()).as(read.body()).isEqualTo(204);
        assertThat(as(clerk).get("/api/v1/notifications").json().path("unread").asLong()).isZero();
    }

    @Test
    void replaying_every_record_of_a_model_sends_nothing_more() {
        Official clerk = announced("replay.clerk", "04102", Role.UNIT_CLERK);
        ModelSnapshot model = Events.model("m-" + clerk.login(), "04102", ModelStatus.REGISTERED, 1);
        ModelStatusChanged returned = Events.statusChanged(model, ModelStatus.RETURNED, "Thiếu kế hoạch");
        Events.publish(returned);
        eventually().until(() -> TestMail.to(clerk.email()).size() == 1);

        List<TopicProbe.Received> records = new ArrayList<>();
        try (TopicProbe probe = TopicProbe.on(Topics.REGISTRATION)) {
            eventually().until(() -> {
                records.clear();
                probe.poll().stream().filter(record -> model.id().equals(record.key())).forEach(records::add);
                return !records.isEmpty();
            });
        }
        for (TopicProbe.Received record : records) {
            TopicProbe.send(Topics.REGISTRATION, record.key(), record.value(), record.headers());
        }
        ModelStatusChanged approved = Events.statusChanged(returned.model(), ModelStatus.APPROVED, "Đã bổ sung");
        Events.publish(approved);

        eventually().until(() -> TestMail.to(clerk.email()).size() >= 2);
        assertThat(TestMail.to(clerk.email())).extracting(MimeMessage::getSubject).containsExactly(
                "Mô hình \"Mô hình trồng lê Tai nung\" được trả lại để chỉnh sửa",
                "Mô hình \"Mô hình trồng lê Tai nung\" đã được phê duyệt");
        assertThat(as(clerk).get("/api/v1/notifications").json().path("total").asLong()).isEqualTo(2);
    }

    @Test
    void an_official_of_another_commune_sees_nothing_of_it_and_cannot_mark_it_read() {
        Official clerk = announced("own.clerk", "04093", Role.UNIT_CLERK);
        Official other = announced("other.clerk", "04063", Role.UNIT_CLERK);
        Events.publish(Events.statusChanged(Events.model("m-" + clerk.login(), "04093", ModelStatus.REGISTERED, 1),
                ModelStatus.REJECTED, "Không phù hợp với phong trào"));
        eventually().until(() -> as(clerk).get("/api/v1/notifications").json().path("total").asLong() == 1);
        String id = as(clerk).get("/api/v1/notifications").json().path("items").get(0).path("id").asString();

        assertThat(as(other).get("/api/v1/notifications").json().path("total").asLong()).isZero();
        ServiceClient.Reply refused = as(other).post("/api/v1/notifications/" + id + "/read", "");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("title")).isEqualTo("Không tìm thấy");
        assertThat(as(clerk).get("/api/v1/notifications").json().path("unread").asLong()).isEqualTo(1);
    }
}
