package vn.dvk.reporting.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignPublished;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.reporting.ReportingServiceApplication;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.testsupport.ScopedInstance;
import vn.dvk.testsupport.ServiceClient;

/**
 * A commune instance applies the plan its district issued, so its compliance table has the district's targets: the
 * commune's own and those of the units below it.
 */
class CommuneComplianceTest {

    private static final int YEAR = 2042;

    private static ScopedInstance instance;
    private static ServiceClient commune;

    @BeforeAll
    static void start_a_commune_instance() {
        instance = ScopedInstance.start(ReportingServiceApplication.class, "04096");
        commune = instance.http();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void the_commune_compliance_table_follows_the_district_plan() {
        CampaignSnapshot plan = new CampaignSnapshot("campaign-district-" + System.nanoTime(), "124", "14/124",
                "Kế hoạch thực hiện phong trào thi đua \"Dân vận khéo\"", "12/KH-UBND", LocalDate.of(2041, 1, 5),
                2041, 2045, null, List.of(), List.of(
                new CampaignSnapshot.Target(UnitLevel.COMMUNE, null, null, 1, "Mỗi xã ít nhất 1 mô hình/năm"),
                new CampaignSnapshot.Target(UnitLevel.AGENCY, null, null, 1, "Mỗi trường ít nhất 1 mô hình/năm")),
                1);
        try (EventFeed feed = new EventFeed()) {
            feed.send(RegistrationEvents.CAMPAIGN_PUBLISHED, plan.id(), "14/124", 1,
                    new CampaignPublished(plan, "UBND huyện Yên Châu", Instant.now()));
            feed.registered(ModelFixtures.aCollectiveModel().inUnit("04096.THCS").inYear(YEAR)
                    .atLevel(ManagementLevel.GRASSROOTS).inField(Field.CULTURE_SOCIETY)
                    .named("Mô hình Trường THCS Lóng Phiêng").registered());
        }

        await().atMost(Duration.ofSeconds(240)).until(() -> rows().size() == 4
                && find(rows(), "04096.THCS").get("count").asLong() == 1);

        JsonNode rows = rows();
        assertThat(find(rows, "04096").get("target").asInt()).isEqualTo(1);
        assertThat(find(rows, "04096").get("count").asLong()).isEqualTo(1);
        assertThat(find(rows, "04096.THCS").get("gap").asLong()).isZero();
        assertThat(find(rows, "04096.THA").get("gap").asLong()).isEqualTo(1);
        assertThat(find(rows, "04096.THB").get("campaignId").asString()).isEqualTo(plan.id());
    }

    private static JsonNode rows() {
        return commune.get("/api/v1/compliance?unit=04096&year=" + YEAR).json().get("units");
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
