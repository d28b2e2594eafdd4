package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TestInfrastructure;

/**
 * Three communes of Yên Châu submit their year-end reports of 2021 to the district, Chiềng Tương after the deadline
 * of 15/12; the district sees the three submitted and Chiềng Tương as the late one; a model registered afterwards in
 * Lóng Phiêng changes a figure, and Lóng Phiêng's submission is flagged with both values.
 * <p>
 * Being late depends on the day a report is submitted, and the three submissions happen within minutes. So this test
 * runs reporting-service as a district instance of its own (scope 124, its own consumer group and database, beside
 * the shared province instance), twice in turn on the same database with the reporting calendar fixed by
 * {@code DVK_REPORTS_CLOCK}: first on 10/12/2021, when two communes submit on time, then on 20/12/2021, when the third
 * submits late and the district reads the table. The token-validating clock stays the system's. Models are registered
 * through the shared registration-service, as officials would.
 */
@OnTheSharedStack
class ReportSubmissionSystemTest {

    private static final int YEAR = 2021;
    private static final Duration READY = Duration.ofMinutes(12);
    private static final String DATABASE = "dvk_reporting-district-124";
    private static final List<String> ON_TIME = List.of("04063", "04096");
    private static final String LATE = "04102";

    private final SystemUnderTest system = SystemUnderTest.get();

    private static ServiceProcess districtReporting(String clock) {
        return ServiceProcess.start("reporting-service", TestInfrastructure.kafkaBrokers(),
                TestInfrastructure.mongoUri(), Map.of("DVK_SCOPE", "124", "SPRING_MONGODB_DATABASE", DATABASE,
                        "DVK_REPORTS_CLOCK", clock)).awaitReady(READY);
    }

    private void registerModel(String unitCode, String name) {
        ServiceClient.Reply registered = SystemUnderTest.post(system.registration, "/api/v1/models", """
                {"year": %d, "unitCode": "%s", "level": "GRASSROOTS", "field": "ECONOMY",
                 "ownerType": "COLLECTIVE", "kind": "MODEL", "name": "%s",
                 "address": "bản Nà Dạ", "content": "Phát triển kinh tế hộ gia đình",
                 "ownerName": "Chi hội Nông dân bản Nà Dạ", "personInCharge": "Lò Văn Sơn",
                 "startDate": "%d-01-01", "endDate": "%d-12-31"}
                """.formatted(YEAR, unitCode, name, YEAR, YEAR));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    private static long total(ServiceClient reporting, String unitCode) {
        ServiceClient.Reply statistics = reporting.get("/api/v1/statistics/models?unit=" + unitCode + "&year=" + YEAR);
        return statistics.status() == 200 ? statistics.json().path("total").asLong() : -1;
    }

    /** The commune's clerk opens its year-end draft and writes §II.1; a Steering Committee member submits it. */
    private static JsonNode writeAndSubmit(ServiceClient reporting, String unitCode) {
        ServiceClient clerk = reporting.asNamed("canbo." + unitCode, "Cán bộ xã " + unitCode, unitCode,
                "UNIT_CLERK");
        ServiceClient.Reply opened = clerk.post("/api/v1/reports",
                "{\"unit\":\"" + unitCode + "\",\"year\":" + YEAR + ",\"kind\":\"YEARLY\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.text("id");
        ServiceClient.Reply edited = clerk.put("/api/v1/reports/" + id,
                "{\"results\":\"Hoàn thành chỉ tiêu xây dựng mô hình năm " + YEAR + ".\"}",
                Map.of("If-Match", opened.header("ETag")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        ServiceClient.Reply submitted = reporting.asNamed("bcd." + unitCode, "Ban Chỉ đạo xã " + unitCode, unitCode,
                "STEERING_MEMBER").post("/api/v1/reports/" + id + ":submit", "");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return submitted.json();
    }

    @Test
    void three_communes_submit_one_late_and_the_district_sees_who_and_a_changed_figure() {
        List<String> communes = new ArrayList<>(ON_TIME);
        communes.add(LATE);
        for (String commune : communes) {
            registerModel(commune, "Mô hình nuôi bò sinh sản xã " + commune);
        }

        try (ServiceProcess beforeDeadline = districtReporting("2021-12-10T03:00:00Z")) {
            ServiceClient reporting = new ServiceClient(beforeDeadline.url(""));
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    communes.stream().allMatch(commune -> total(reporting, commune) == 1));
            for (String commune : ON_TIME) {
                JsonNode submitted = writeAndSubmit(reporting, commune);
                assertThat(submitted.path("submission").path("late").asBoolean()).isFalse();
                assertThat(submitted.path("submission").path("version").asInt()).isEqualTo(2);
            }
        }

        try (ServiceProcess afterDeadline = districtReporting("2021-12-20T03:00:00Z")) {
            ServiceClient reporting = new ServiceClient(afterDeadline.url(""));
            assertThat(writeAndSubmit(reporting, LATE).path("submission").path("late").asBoolean()).isTrue();

            ServiceClient district = reporting.asNamed("yenchau.bcd", "Ban Chỉ đạo huyện Yên Châu", "124",
                    "STEERING_MEMBER");
            JsonNode overview = district.get("/api/v1/reports/submissions?unit=124&year=" + YEAR + "&kind=YEARLY")
                    .json();
            assertThat(overview.path("submitted").asInt()).as(overview.toString()).isEqualTo(3);
            assertThat(overview.path("submittedLate").asInt()).isEqualTo(1);
            List<String> submitted = new ArrayList<>();
            List<String> lateSubmissions = new ArrayList<>();
            for (JsonNode unit : overview.path("units")) {
                if (unit.path("state").asString().equals("SUBMITTED")) {
                    submitted.add(unit.path("unitName").asString());
                    if (unit.path("late").asBoolean()) {
                        lateSubmissions.add(unit.path("unitName").asString());
                    }
                } else {
                    assertThat(unit.path("late").asBoolean()).as("%s has not submitted after the deadline", unit)
                            .isTrue();
                }
            }
            assertThat(submitted).containsExactlyInAnyOrder("Xã Chiềng Đông", "Xã Lóng Phiêng", "Xã Chiềng Tương");
            assertThat(lateSubmissions).containsExactly("Xã Chiềng Tương");

            registerModel("04096", "Mô hình trồng cà phê xã Lóng Phiêng");
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                JsonNode longPhieng = unit(district.get("/api/v1/reports/submissions?unit=124&year=" + YEAR
                        + "&kind=YEARLY").json(), "04096");
                assertThat(longPhieng.path("flagged").asBoolean()).isTrue();
                JsonNode total = figure(longPhieng, "total");
                assertThat(total.path("submitted").asLong()).isEqualTo(1);
                assertThat(total.path("live").asLong()).isEqualTo(2);
            });
            JsonNode afterwards = district.get("/api/v1/reports/submissions?unit=124&year=" + YEAR + "&kind=YEARLY")
                    .json();
            assertThat(unit(afterwards, "04063").path("flagged").asBoolean()).isFalse();
            assertThat(unit(afterwards, "04102").path("flagged").asBoolean()).isFalse();
        }
    }

    private static JsonNode unit(JsonNode overview, String code) {
        for (JsonNode unit : overview.path("units")) {
            if (unit.path("unitCode").asString().equals(code)) {
                return unit;
            }
        }
        throw new AssertionError("no line for " + code + " in " + overview);
    }

    private static JsonNode figure(JsonNode unit, String key) {
        for (JsonNode figure : unit.path("figures")) {
            if (figure.path("key").asString().equals(key)) {
                return figure;
            }
        }
        throw new AssertionError("no figure " + key + " in " + unit);
    }
}
