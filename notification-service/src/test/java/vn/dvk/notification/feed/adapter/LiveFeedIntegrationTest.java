package vn.dvk.notification.feed.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.support.Events;
import vn.dvk.notification.support.NotificationApiTest;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.testsupport.TestTokens;

/** The live feed over Server-Sent Events: a new item reaches its official's open stream, and no one else's. */
class LiveFeedIntegrationTest extends NotificationApiTest {

    /** Reads the stream's lines in the background until the connection ends. */
    private List<String> listen(Official official) throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/notifications/stream"))
                .header("Authorization", "Bearer " + TestTokens.forOfficial(official.login(), official.unitCode(),
                        "UNIT_CLERK"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                lines.add("closed: " + closed);
            }
        });
        reader.setDaemon(true);
        reader.start();
        eventually().until(() -> lines.contains("event:hello"));
        return lines;
    }

    @Test
    void a_returned_model_is_pushed_to_its_clerks_open_stream_and_not_to_another_officials() throws Exception {
        Official clerk = announced("live.clerk", "04075", Role.UNIT_CLERK);
        Official other = announced("live.other", "04078", Role.UNIT_CLERK);
        List<String> own = listen(clerk);
        List<String> others = listen(other);

        Events.publish(Events.statusChanged(Events.model("m-" + clerk.login(), "04075", ModelStatus.REGISTERED, 1),
                ModelStatus.RETURNED, "Bổ sung hình ảnh minh chứng"));

        eventually().until(() -> own.contains("event:notification"));
        String data = own.subList(own.indexOf("event:notification"), own.size()).stream()
                .filter(line -> line.startsWith("data:")).findFirst().orElseThrow();
        assertThat(data).contains("\"type\":\"MODEL_STATUS_CHANGED\"")
                .contains("Bổ sung hình ảnh minh chứng");
        assertThat(others).doesNotContain("event:notification");
    }
}
