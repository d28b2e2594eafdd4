package vn.dvk.reporting.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.evaluation.CampaignDeadlinesSet;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.events.Topics;
import vn.dvk.contracts.registration.CampaignPublished;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.reporting.ReportingServiceApplication;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.testsupport.ScopedInstance;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/**
 * A district instance on the real broker and store, its reporting calendar fixed on 12 December: the province
 * publishes its campaign and sets its deadlines to 20/6 and 10/12 (evaluation's {@code campaign-deadlines.set},
 * flowing down from the province), and the district's submissions table moves from the seed's 15/12 to 10/12 — a
 * report sent on 12/12 turns late, and so does every commune that has not sent one; new drafts are dated on the
 * campaign's days and submitted against them; a rebuild of the read models gives the same deadlines back.
 */
class CampaignDeadlinesIntegrationTest {

    private static final int YEAR = 2036;
    private static final String SUBMISSIONS = "/api/v1/reports/submissions?unit=124&year=" + YEAR + "&kind=";

    private static ScopedInstance instance;
    private static ServiceClient district;

    @BeforeAll
    static void start_a_district_instance_on_12_december() {
        instance = ScopedInstance.start(ReportingServiceApplication.class, "124",
                "--dvk.reports.clock=" + YEAR + "-12-12T03:00:00Z");
        district = instance.http();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static ServiceClient steeringOf(String unitCode) {
        return district.asNamed("bcd." + unitCode, "Ban Chỉ đạo " + unitCode, unitCode, "STEERING_MEMBER");
    }

    private static JsonNode submitted(String unitCode) {
        ServiceClient steering = steeringOf(unitCode);
        ServiceClient.Reply opened = steering.post("/api/v1/reports", "{\"unit\":\"" + unitCode + "\",\"year\":"
                + YEAR + ",\"kind\":\"YEARLY\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        ServiceClient.Reply sent = steering.post("/api/v1/reports/" + opened.text("id") + ":submit", "");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return sent.json();
    }

    private static JsonNode line(JsonNode overview, String unitCode) {
        for (JsonNode unit : overview.path("units")) {
            if (unitCode.equals(unit.path("unitCode").asString())) {
                return unit;
            }
        }
        throw new AssertionError("no line for " + unitCode + " in " + overview);
    }

    @Test
    void the_provinces_campaign_deadlines_of_20_june_and_10_december_decide_what_is_late() {
        JsonNode onTime = submitted("04096");
        assertThat(onTime.path("text").path("date").asString()).as("before the seed's 15/12: today")
                .isEqualTo(YEAR + "-12-12");
        assertThat(onTime.path("submission").path("deadline").asString()).isEqualTo(YEAR + "-12-15");
        assertThat(onTime.path("submission").path("late").asBoolean()).isFalse();
        JsonNode seeds = district.get(SUBMISSIONS + "YEARLY").json();
        assertThat(seeds.path("deadline").asString()).isEqualTo(YEAR + "-12-15");
        assertThat(seeds.path("submitted").asInt()).isEqualTo(1);
        assertThat(seeds.path("late").asInt()).as("nothing is late before 15/12").isZero();

        CampaignSnapshot campaign = new CampaignSnapshot("campaign-province-" + System.nanoTime(), "14", "14",
                "Phong trào thi đua \"Dân vận khéo\" tỉnh Sơn La", "05/KH-BCĐ", LocalDate.of(YEAR - 1, 1, 8),
                YEAR - 1, YEAR + 3, null, List.of(), List.of(), 1);
        try (EventFeed feed = new EventFeed()) {
            feed.send(RegistrationEvents.CAMPAIGN_PUBLISHED, campaign.id(), "14", 1,
                    new CampaignPublished(campaign, "UBND tỉnh Sơn La", Instant.now()));
            feed.send(EvaluationEvents.CAMPAIGN_DEADLINES_SET, campaign.id(), "14", 1,
                    new CampaignDeadlinesSet(campaign.id(), "14", "14", MonthDay.of(6, 20), MonthDay.of(12, 10),
                            MonthDay.of(12, 31), Instant.now()));
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> district.get(SUBMISSIONS + "YEARLY").json()
                .path("deadline").asString().equals(YEAR + "-12-10"));
        JsonNode campaigns = district.get(SUBMISSIONS + "YEARLY").json();
        assertThat(campaigns.path("submittedLate").asInt()).as("sent on 12/12, after the campaign's 10/12")
                .isEqualTo(1);
        assertThat(line(campaigns, "04096").path("late").asBoolean()).isTrue();
        assertThat(campaigns.path("late").asInt()).as("every commune and agency of Yên Châu, sent or not")
                .isEqualTo(campaigns.path("units").size());
        assertThat(district.get(SUBMISSIONS + "MID_YEAR").json().path("deadline").asString())
                .isEqualTo(YEAR + "-06-20");

        ServiceClient.Reply midYear = steeringOf("04063").post("/api/v1/reports", "{\"unit\":\"04063\",\"year\":"
                + YEAR + ",\"kind\":\"MID_YEAR\"}");
        assertThat(midYear.json().path("text").path("date").asString()).as("dated on the campaign's 20/6")
                .isEqualTo(YEAR + "-06-20");
        try (TopicProbe probe = TopicProbe.on(Topics.REPORTING)) {
            JsonNode late = submitted("04063");
            assertThat(late.path("text").path("date").asString()).isEqualTo(YEAR + "-12-10");
            assertThat(late.path("submission").path("deadline").asString()).isEqualTo(YEAR + "-12-10");
            assertThat(late.path("submission").path("late").asBoolean()).isTrue();
            await().atMost(Duration.ofSeconds(60)).until(() -> probe.poll().stream()
                    .anyMatch(record -> ("04063-" + YEAR + "-YEARLY").equals(record.key())
                            && record.value().contains("\"deadline\":\"" + YEAR + "-12-10\"")
                            && record.value().contains("\"late\":true")));
        }

        ServiceClient.Reply rebuild = district.send("POST", "/api/v1/admin/rebuild", null, null, Map.of());
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(180)).until(() -> district.get("/api/v1/admin/rebuild").json()
                .path("state").asString().equals("DONE"));
        JsonNode rebuilt = district.get(SUBMISSIONS + "YEARLY").json();
        assertThat(rebuilt.path("deadline").asString()).as("the deadlines come back with the replay")
                .isEqualTo(YEAR + "-12-10");
        assertThat(rebuilt.path("submittedLate").asInt()).isEqualTo(2);
    }
}
