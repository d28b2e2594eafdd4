package vn.dvk.reporting.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignPublished;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.fixtures.ReportingApiTest;

class ComplianceIntegrationTest extends ReportingApiTest {

    private static final int YEAR = 2025;

    @Test
    void communes_of_yen_chau_without_a_model_this_year_come_first_with_their_gap() {
        CampaignSnapshot plan = new CampaignSnapshot("campaign-294-" + System.nanoTime(), "124", "14/124",
                "Kế hoạch thực hiện phong trào thi đua \"Dân vận khéo\"", "294/KH-UBND", LocalDate.of(2021, 11, 2),
                2021, 2025, null, List.of(), List.of(
                new CampaignSnapshot.Target(UnitLevel.COMMUNE, null, null, 1, "Mỗi xã ít nhất 1 mô hình/năm"),
                new CampaignSnapshot.Target(UnitLevel.DISTRICT, null, null, 2, "Huyện ít nhất 2 mô hình/năm")), 1);
        try (EventFeed feed = new EventFeed()) {
            feed.send(RegistrationEvents.CAMPAIGN_PUBLISHED, plan.id(), "14/124", 1,
                    new CampaignPublished(plan, "UBND huyện Yên Châu", Instant.now()));
            for (int i = 0; i < 2; i++) {
                feed.registered(ModelFixtures.aCollectiveModel().inUnit("04063").inYear(YEAR)
                        .atLevel(ManagementLevel.GRASSROOTS).inField(Field.ECONOMY).named("Mô hình Chiềng Đông " + i)
                        .registered());
            }
            feed.registered(ModelFixtures.anIndividualModel().inUnit("04096").inYear(YEAR)
                    .atLevel(ManagementLevel.GRASSROOTS).inField(Field.CULTURE_SOCIETY).named("Mô hình Lóng Phiêng")
                    .registered());
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode rows = http.get("/api/v1/compliance?unit=124&year=" + YEAR).json().get("units");
            return rows.size() == 14 && find(rows, "04063").get("count").asLong() == 2
                    && find(rows, "04096").get("count").asLong() == 1;
        });

        JsonNode rows = http.get("/api/v1/compliance?unit=124&year=" + YEAR).json().get("units");
        assertThat(rows.get(0).get("gap").asLong()).isEqualTo(1);
        assertThat(rows.get(0).get("count").asLong()).isZero();
        assertThat(rows.get(rows.size() - 1).get("gap").asLong()).isZero();
        assertThat(find(rows, "04063").get("target").asInt()).isEqualTo(1);
        assertThat(find(rows, "04069").get("gap").asLong()).isEqualTo(1);
        JsonNode province = http.get("/api/v1/compliance?unit=14&year=" + YEAR).json().get("units");
        assertThat(find(province, "124").get("target").asInt()).isEqualTo(2);
        assertThat(find(province, "124").get("count").asLong()).isEqualTo(3);
        assertThat(find(province, "124").get("gap").asLong()).isZero();
        assertThat(http.get("/api/v1/compliance?unit=124").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/compliance?unit=nowhere&year=2025").status()).isEqualTo(422);
    }

    private static JsonNode find(JsonNode rows, String unitCode) {
        for (JsonNode row : rows) {
            if (row.get("unitCode").asString().equals(unitCode)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + unitCode + " in " + rows);
    }
}
