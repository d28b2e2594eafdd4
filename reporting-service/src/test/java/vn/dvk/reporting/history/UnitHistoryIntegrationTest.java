package vn.dvk.reporting.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.reporting.ReportingServiceApplication;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.fixtures.ReportingApiTest;
import vn.dvk.reporting.fixtures.Seed004;
import vn.dvk.testsupport.ScopedInstance;
import vn.dvk.testsupport.ServiceClient;

/**
 * The 2025 reorganisation read through {@code asOf} against the real broker and store (ADR 0021): the seed 004
 * breakdown registered under Yên Châu's old units, plus models of schools under old communes, read as the new Xã Yên
 * Châu ({@code 04075} from 1 July 2025) and as the old units. This class owns the year {@value #YEAR}.
 */
class UnitHistoryIntegrationTest extends ReportingApiTest {

    private static final int YEAR = 2017;
    private static final String AS_OF_2026 = "2026-01-01";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The old communes that went whole into the new Xã Yên Châu. */
    private static final List<String> SIX_OLD_COMMUNES = List.of("04063", "04066", "04069", "04072", "04075",
            "04090");
    /** The new communes Yên Châu's fourteen old communes went into. */
    private static final List<String> NEW_COMMUNES_OF_YEN_CHAU = List.of("04075", "04078", "04087", "04096",
            "04099");
    private static final long SCHOOL_MODELS = 3;
    private static boolean fed;

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        try (EventFeed feed = new EventFeed()) {
            Seed004.models(YEAR).forEach(feed::registered);
            feed.registered(ModelFixtures.aCollectiveModel().inUnit("04063.THCS").inYear(YEAR).registered());
            feed.registered(ModelFixtures.aCollectiveModel().inUnit("04075.MNSC").inYear(YEAR)
                    .ownedBy(OwnerType.INDIVIDUAL).registered());
            feed.registered(ModelFixtures.aCollectiveModel().inUnit("04096.THA").inYear(YEAR).registered());
        }
        await().atMost(PATIENCE).until(() -> statistics("124", YEAR).get("total").asLong() == 119 + SCHOOL_MODELS);
        fed = true;
    }

    @Test
    void the_new_04075_as_of_2026_counts_the_six_old_communes_and_the_schools_under_them() {
        JsonNode newCommune = asOf("04075", AS_OF_2026);

        long total = 0;
        long collective = 0;
        long individual = 0;
        for (String old : SIX_OLD_COMMUNES) {
            JsonNode figures = statistics(old, YEAR);
            total += figures.get("total").asLong();
            collective += figures.get("collective").asLong();
            individual += figures.get("individual").asLong();
        }
        assertThat(newCommune.get("unit").asString()).isEqualTo("04075");
        assertThat(newCommune.get("total").asLong()).isEqualTo(total);
        assertThat(newCommune.get("collective").asLong()).isEqualTo(collective);
        assertThat(newCommune.get("individual").asLong()).isEqualTo(individual);
        assertThat(statistics("04063", YEAR).get("total").asLong()).isEqualTo(8 + 1);
        assertThat(statistics("04090", YEAR).get("total").asLong()).isEqualTo(7);
        assertThat(total).isEqualTo(5 * 8 + 7 + 2);
    }

    @Test
    void without_asof_04075_stays_the_old_town_and_district_124_keeps_its_figure() {
        assertThat(statistics("04075", YEAR).get("total").asLong())
                .isEqualTo(asOf("04075", YEAR + "-12-31").get("total").asLong()).isEqualTo(8 + 1);
        assertThat(statistics("124", YEAR).get("total").asLong()).isEqualTo(119 + SCHOOL_MODELS);
    }

    @Test
    void the_new_communes_with_the_old_district_level_units_sum_to_the_province() {
        long communes = NEW_COMMUNES_OF_YEN_CHAU.stream().mapToLong(code -> asOf(code, AS_OF_2026).get("total")
                .asLong()).sum();
        long districtLevel = statistics("124", YEAR).get("total").asLong() - Seed004.UNITS_OF_124.stream()
                .filter(code -> !code.startsWith("124")).mapToLong(code -> statistics(code, YEAR).get("total").asLong())
                .sum();

        assertThat(districtLevel).isEqualTo(8 + 8);
        assertThat(communes + districtLevel).isEqualTo(asOf("14", AS_OF_2026).get("total").asLong())
                .isEqualTo(statistics("14", YEAR).get("total").asLong());
    }

    @Test
    void an_instance_of_the_new_04075_alone_serves_the_six_old_communes_and_the_units_under_them() {
        long sixOld = SIX_OLD_COMMUNES.stream().mapToLong(code -> statistics(code, YEAR).get("total").asLong()).sum();

        try (ScopedInstance instance = ScopedInstance.startWithStoreDefaults(ReportingServiceApplication.class,
                "04075_2025-07-01")) {
            ServiceClient newCommune = instance.http();
            String ofTheYear = "/api/v1/statistics/models?year=" + YEAR;
            await().atMost(PATIENCE).until(() -> newCommune.get(ofTheYear).json().get("total").asLong() == sixOld);

            JsonNode own = newCommune.get(ofTheYear).json();
            assertThat(own.get("unit").asString()).isEqualTo("04075");
            assertThat(withoutUnit(own)).isEqualTo(withoutUnit(asOf("04075", AS_OF_2026)));
            assertThat(newCommune.get(ofTheYear + "&unit=04075&asOf=" + AS_OF_2026).json().get("total").asLong())
                    .isEqualTo(sixOld);
            assertThat(newCommune.get(ofTheYear + "&unit=04063").json()).isEqualTo(statistics("04063", YEAR));
            assertThat(newCommune.get(ofTheYear + "&unit=04075").json().get("total").asLong()).isEqualTo(8 + 1);
            assertThat(newCommune.get(ofTheYear + "&unit=04096").status()).isEqualTo(403);
            assertThat(newCommune.get(ofTheYear + "&unit=124").status()).isEqualTo(403);
            assertThat(newCommune.get("/api/v1/compliance?year=" + YEAR).json().get("unit").asString())
                    .isEqualTo("04075");
        }
    }

    private static JsonNode withoutUnit(JsonNode statistics) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) statistics.deepCopy();
        copy.remove("unit");
        return copy;
    }

    @Test
    void compliance_and_the_yearly_report_read_the_unit_of_the_date() throws Exception {
        ServiceClient.Reply compliance = http.get("/api/v1/compliance?unit=04075&year=" + YEAR + "&asOf="
                + AS_OF_2026);
        ServiceClient.Reply report = http.get("/api/v1/reports/yearly?unit=04075&year=" + YEAR + "&asOf="
                + AS_OF_2026 + "&format=xlsx");

        assertThat(compliance.status()).isEqualTo(200);
        assertThat(compliance.json().get("unit").asString()).isEqualTo("04075");
        assertThat(report.status()).isEqualTo(200);
        assertThat(http.get("/api/v1/statistics/replication?unit=04075&year=" + YEAR + "&asOf=" + AS_OF_2026)
                .status()).isEqualTo(200);
    }

    @Test
    void a_bad_date_or_a_unit_unknown_on_the_date_is_refused_naming_the_field_in_vietnamese() {
        ServiceClient.Reply badDate = http.get("/api/v1/statistics/models?unit=04075&year=" + YEAR
                + "&asOf=2026-13-01");
        ServiceClient.Reply abolished = http.get("/api/v1/statistics/models?unit=124&year=" + YEAR + "&asOf="
                + AS_OF_2026);
        ServiceClient.Reply absorbed = http.get("/api/v1/compliance?unit=04063&year=" + YEAR + "&asOf="
                + AS_OF_2026);
        ServiceClient.Reply reportBadDate = http.get("/api/v1/reports/yearly?unit=04075&year=" + YEAR
                + "&asOf=mai");

        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"asOf\"", "không hợp lệ");
        assertThat(abolished.status()).isEqualTo(404);
        assertThat(abolished.body()).contains("unknown-unit-on-date", "\"unit\"", "Không có đơn vị hành chính mã '124'",
                "01/01/2026");
        assertThat(absorbed.status()).isEqualTo(404);
        assertThat(reportBadDate.status()).isEqualTo(400);
    }

    private JsonNode asOf(String unit, String date) {
        return http.get("/api/v1/statistics/models?unit=" + unit + "&year=" + YEAR + "&asOf=" + date).json();
    }
}
