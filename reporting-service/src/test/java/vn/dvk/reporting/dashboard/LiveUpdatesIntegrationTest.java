package vn.dvk.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.fixtures.ReportingApiTest;
import vn.dvk.testsupport.ServiceClient;

/**
 * The dashboard's live updates per official: a stream hears only of changes its official may see, and one official
 * cannot open a thousand streams while the service stays healthy for everyone else.
 */
class LiveUpdatesIntegrationTest extends ReportingApiTest {

    private static final int YEAR = 2033;
    private static final int STREAMS_PER_OFFICIAL = 5;

    private ServiceClient viewerOf(String unitCode) {
        return http.as("viewer." + unitCode + "." + UUID.randomUUID(), unitCode, "VIEWER");
    }

    private static boolean heard(ServiceClient.EventStream stream, String name) {
        return stream.events().stream().anyMatch(event -> name.equals(event.name()));
    }

    @Test
    void a_change_in_long_phieng_reaches_the_streams_of_long_phieng_and_the_province_but_not_chieng_dong() {
        try (ServiceClient.EventStream longPhieng = viewerOf("04096").stream("/api/v1/stream");
             ServiceClient.EventStream chiengDong = viewerOf("04063").stream("/api/v1/stream");
             ServiceClient.EventStream province = viewerOf("14").stream("/api/v1/stream")) {
            List<ServiceClient.EventStream> all = List.of(longPhieng, chiengDong, province);
            await().atMost(Duration.ofSeconds(30)).until(() -> all.stream().allMatch(stream -> heard(stream,
                    "hello")));

            try (EventFeed feed = new EventFeed()) {
                feed.registered(ModelFixtures.aCollectiveModel().inUnit("04096").inYear(YEAR)
                        .named("Mô hình sống của Lóng Phiêng").registered());
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> heard(longPhieng, "changed")
                    && heard(province, "changed"));
            assertThat(chiengDong.events()).extracting(ServiceClient.Event::name).containsExactly("hello");
        }
    }

    @Test
    void a_thousand_streams_of_one_official_are_refused_beyond_his_limit_and_others_still_connect() {
        ServiceClient official = viewerOf("124");
        List<ServiceClient.EventStream> open = new ArrayList<>();
        try {
            for (int attempt = 0; attempt < 1000; attempt++) {
                open.add(official.stream("/api/v1/stream"));
            }

            assertThat(open.subList(0, STREAMS_PER_OFFICIAL)).allSatisfy(stream -> assertThat(stream.status())
                    .isEqualTo(200));
            assertThat(open.subList(STREAMS_PER_OFFICIAL, open.size())).allSatisfy(stream -> {
                assertThat(stream.status()).isEqualTo(429);
                assertThat(stream.contentType()).startsWith("application/problem+json");
                assertThat(stream.refusal().path("code").asString()).isEqualTo("too-many-streams");
                assertThat(stream.refusal().path("detail").asString()).contains("luồng cập nhật trực tiếp");
            });
            try (ServiceClient.EventStream other = viewerOf("124").stream("/api/v1/stream")) {
                assertThat(other.status()).isEqualTo(200);
            }
            assertThat(http.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        } finally {
            open.forEach(ServiceClient.EventStream::close);
        }
    }
}
