package vn.dvk.reporting.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.award.AwardDecided;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.contracts.catalog.AwardFormKind;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.contracts.catalog.RecipientType;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ReportingApiTest;

/** Reporting counts the awards award-service decides, per unit, form and year; a redelivery counts once. */
class AwardStatisticsIntegrationTest extends ReportingApiTest {

    private static final int YEAR = 2031;

    @Test
    void granted_awards_are_counted_by_form_and_recipient_type_in_the_recipients_subtree() {
        AwardDecided granted = decided("p-" + System.nanoTime(), AwardOutcome.GRANTED, List.of(
                new AwardDecided.Recipient("N1", RecipientType.COLLECTIVE, "UBND xã Lóng Phiêng", "04096",
                        "14/124/04096", null, List.of(), 0.6, 2_340_000, 1_404_000),
                new AwardDecided.Recipient("N2", RecipientType.INDIVIDUAL, "Nguyễn Hương Bông", "04096",
                        "14/124/04096", "person-1", List.of(), 0.3, 2_340_000, 702_000)));
        AwardDecided declined = decided("p-" + System.nanoTime(), AwardOutcome.DECLINED, List.of());
        try (EventFeed feed = new EventFeed()) {
            feed.send(AwardEvents.DECIDED, granted.proposalId(), "14/124/04096", 7, granted);
            feed.send(AwardEvents.DECIDED, granted.proposalId(), "14/124/04096", 7, granted);
            feed.send(AwardEvents.DECIDED, declined.proposalId(), "14/124/04096", 7, declined);
        }

        await().atMost(Duration.ofSeconds(60)).until(() ->
                http.get("/api/v1/statistics/awards?unit=124&year=" + YEAR).json().path("total").asInt() == 2);

        JsonNode district = http.get("/api/v1/statistics/awards?unit=124&year=" + YEAR).json();
        assertThat(district.path("amount").asLong()).isEqualTo(2_106_000);
        assertThat(district.path("byForm").path("GIAY_KHEN_CHU_TICH_UBND_HUYEN").asInt()).isEqualTo(2);
        assertThat(district.path("byRecipientType").path("COLLECTIVE").asInt()).isEqualTo(1);
        assertThat(district.path("byRecipientType").path("INDIVIDUAL").asInt()).isEqualTo(1);
        assertThat(district.path("byRecipientType").path("HOUSEHOLD").asInt()).isZero();
        assertThat(http.get("/api/v1/statistics/awards?unit=04063&year=" + YEAR).json().path("total").asInt())
                .isZero();
        assertThat(http.get("/api/v1/statistics/awards?unit=124").errorFields()).containsExactly("year");
    }

    private static AwardDecided decided(String proposalId, AwardOutcome outcome,
                                        List<AwardDecided.Recipient> recipients) {
        return new AwardDecided(proposalId, outcome, "123/QĐ-UBND", LocalDate.of(YEAR, 10, 15), "124", "14/124",
                "GIAY_KHEN_CHU_TICH_UBND_HUYEN", AwardFormKind.CERTIFICATE_OF_COMMENDATION,
                "Giấy khen của Chủ tịch UBND huyện", AwardOccasion.FINAL, "c-1", "04096", "14/124/04096",
                outcome == AwardOutcome.GRANTED ? null : "Chưa đủ phiếu", recipients, "Chủ tịch UBND huyện",
                Instant.now());
    }
}
