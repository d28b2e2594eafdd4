package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TestInfrastructure;

/**
 * Issue 13's acceptance across levels: province {@code 14}, district {@code 124} and commune {@code 04096} each run
 * their own instances, as separate processes on ONE store and broker with nothing set but {@code DVK_SCOPE}. Each
 * reports its own subtree and the levels agree after quiescence; a rebuild on the commune changes nothing at the
 * province; the commune sees the district's plan, links its model to it and sees its own target; a model the district
 * moves from {@code 04096} to {@code 04063} leaves the commune's figures and review and enters {@code 04063}'s, live
 * and after a rebuild.
 * <p>
 * Started: reporting-service at the three levels (the figures, targets and rebuilds asserted), registration-service
 * at the district (which issues the plan and registers and moves models) and the commune (which links its model to
 * the district's plan), evaluation-service at the district (which issues an inspection plan) and the commune (whose
 * review the moved model leaves). identity-, notification- and award-service hold none of the figures, plans or
 * review queues asserted here, so they are not started: seven processes beside the broker are already much for two
 * shared cores.
 */
@OnTheSharedStack
class MultiLevelSystemTest {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration EVENTUAL = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofMillis(500);
    /** A year no other system test registers models in, so that every figure of it comes from this test. */
    private static final int YEAR = 2047;

    private static ServiceProcess reportingProvince;
    private static ServiceProcess reportingDistrict;
    private static ServiceProcess reportingCommune;
    private static ServiceProcess registrationDistrict;
    private static ServiceProcess registrationCommune;
    private static ServiceProcess evaluationDistrict;
    private static ServiceProcess evaluationCommune;

    @BeforeAll
    static void start_the_instances_of_three_levels_on_one_store() {
        String brokers = TestInfrastructure.kafkaBrokers();
        String mongo = TestInfrastructure.mongoUri();
        List<ServiceProcess> started = new ArrayList<>();
        try {
            registrationDistrict = track(started, ServiceProcess.startScoped("registration-service", "124", brokers,
                    mongo));
            registrationCommune = track(started, ServiceProcess.startScoped("registration-service", "04096",
                    brokers, mongo));
            reportingProvince = track(started, ServiceProcess.startScoped("reporting-service", "14", brokers, mongo));
            reportingDistrict = track(started, ServiceProcess.startScoped("reporting-service", "124", brokers,
                    mongo));
            reportingCommune = track(started, ServiceProcess.startScoped("reporting-service", "04096", brokers,
                    mongo));
            evaluationDistrict = track(started, ServiceProcess.startScoped("evaluation-service", "124", brokers,
                    mongo));
            evaluationCommune = track(started, ServiceProcess.startScoped("evaluation-service", "04096", brokers,
                    mongo));
            started.forEach(service -> service.awaitReady(READY_TIMEOUT));
        } catch (RuntimeException notReady) {
            ServiceProcess.closeAll(started.toArray(ServiceProcess[]::new));
            throw notReady;
        }
    }

    private static ServiceProcess track(List<ServiceProcess> started, ServiceProcess service) {
        started.add(service);
        return service;
    }

    @AfterAll
    static void stop() {
        ServiceProcess.closeAll(registrationDistrict, registrationCommune, reportingProvince, reportingDistrict,
                reportingCommune, evaluationDistrict, evaluationCommune);
    }

    @Test
    void three_levels_agree_plans_flow_down_and_a_moved_model_changes_commune() {
        String campaignId = created(SystemUnderTest.post(registrationDistrict, "/api/v1/campaigns", """
                {"issuingUnitCode": "124",
                 "name": "Kế hoạch thực hiện phong trào thi đua Dân vận khéo 2046-2048",
                 "documentNumber": "47/KH-UBND", "startYear": 2046, "endYear": 2048,
                 "targets": [{"appliesTo": "COMMUNE", "minimumModels": 2,
                              "description": "Mỗi xã ít nhất 2 mô hình/năm"}]}""")).text("id");

        // The commune's registration follows the district's plan and links its own model to it.
        ServiceClient.Reply linked = SystemUnderTest.retriedUntilCreated(EVENTUAL,
                () -> SystemUnderTest.post(registrationCommune, "/api/v1/models", model("04096",
                        "Mô hình trồng lê Tai nung", "INDIVIDUAL", campaignId)));
        assertThat(linked.json().path("campaignId").asString()).isEqualTo(campaignId);
        assertThat(SystemUnderTest.get(registrationCommune, "/api/v1/campaigns/" + campaignId).status())
                .isEqualTo(200);
        JsonNode moving = created(SystemUnderTest.post(registrationDistrict, "/api/v1/models",
                model("04096", "Mô hình nuôi cá lồng bản Cồn Huôt", "COLLECTIVE", null))).json();
        String movingId = moving.path("id").asString();
        created(SystemUnderTest.post(registrationDistrict, "/api/v1/models",
                model("04063", "Bản văn hóa kiểu mẫu bản Mé", "COLLECTIVE", null)));

        awaitFigures("every level counts the three models", 2, 1, 3);
        assertLevelsAgree();
        JsonNode ownRow = complianceRow(reportingCommune, "04096");
        assertThat(ownRow.path("campaignId").asString()).isEqualTo(campaignId);
        assertThat(ownRow.path("target").asInt()).isEqualTo(2);
        assertThat(ownRow.path("count").asLong()).isEqualTo(2);

        // The district's inspection plan reaches the commune's evaluation instance, which lists it.
        String planId = created(SystemUnderTest.post(evaluationDistrict, "/api/v1/inspection-plans", """
                {"year": %d, "round": "MID_YEAR", "name": "Kiểm tra giữa năm mô hình Dân vận khéo",
                 "issuingUnitCode": "124", "targets": [{"unitCode": "04096", "teamKey": "d1"}],
                 "teams": [{"key": "d1", "name": "Đoàn kiểm tra số 1",
                            "members": [{"name": "Lò Văn Khánh", "role": "HEAD"}]}]}"""
                .formatted(LocalDate.now().getYear()))).json().at("/plan/id").asString();
        await("the commune's evaluation instance lists the district's plan").atMost(EVENTUAL).pollInterval(POLL)
                .until(() -> SystemUnderTest.get(evaluationCommune, "/api/v1/inspection-plans/" + planId)
                        .status() == 200);

        // A rebuild on the commune changes nothing at the province, nor at the commune.
        JsonNode provinceBefore = statistics(reportingProvince, "14");
        JsonNode communeBefore = statistics(reportingCommune, "04096");
        rebuild(reportingCommune);
        assertThat(statistics(reportingCommune, "04096")).isEqualTo(communeBefore);
        assertThat(statistics(reportingProvince, "14")).isEqualTo(provinceBefore);

        // The district moves a model from 04096 to 04063.
        await("the commune's evaluation instance knows the model").atMost(EVENTUAL).pollInterval(POLL)
                .until(() -> SystemUnderTest.get(evaluationCommune, "/api/v1/known-models/" + movingId)
                        .status() == 200);
        ServiceClient.Reply moved = SystemUnderTest.send(registrationDistrict, "PUT", "/api/v1/models/" + movingId,
                model("04063", "Mô hình nuôi cá lồng bản Cồn Huôt", "COLLECTIVE", null),
                Map.of("If-Match", "\"" + moving.path("version").asLong() + "\""));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        awaitFigures("the model leaves 04096 and enters 04063", 1, 2, 3);
        assertLevelsAgree();
        await("the commune's evaluation instance forgets the model").atMost(EVENTUAL).pollInterval(POLL)
                .until(() -> SystemUnderTest.get(evaluationCommune, "/api/v1/known-models/" + movingId)
                        .status() == 404);
        ServiceClient.Reply review = SystemUnderTest.post(evaluationCommune, "/api/v1/reviews", """
                {"modelId": "%s", "decision": "APPROVE"}""".formatted(movingId));
        assertThat(review.status()).as(review.body()).isEqualTo(422);
        assertThat(review.json().path("code").asString()).isEqualTo("unknown-model");
        await("the district's evaluation instance follows the model into 04063").atMost(EVENTUAL).pollInterval(POLL)
                .until(() -> SystemUnderTest.get(evaluationDistrict, "/api/v1/known-models/" + movingId).json()
                        .path("unitPath").asString().equals("14/124/04063"));
        assertThat(awaitingReview("04096")).doesNotContain(movingId);
        assertThat(awaitingReview("04063")).contains(movingId);
        assertThat(complianceRow(reportingCommune, "04096").path("count").asLong()).isEqualTo(1);

        provinceBefore = statistics(reportingProvince, "14");
        rebuild(reportingCommune);
        assertThat(total(reportingCommune, "04096")).isEqualTo(1);
        assertThat(statistics(reportingProvince, "14")).isEqualTo(provinceBefore);
        assertLevelsAgree();
    }

    private static ServiceClient.Reply created(ServiceClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply;
    }

    private static String model(String unitCode, String name, String ownerType, String campaignId) {
        return """
                {"year": %d, "unitCode": "%s", "level": "GRASSROOTS", "field": "ECONOMY", "ownerType": "%s",
                 "kind": "MODEL", "name": "%s", "address": "xã Lóng Phiêng, huyện Yên Châu",
                 "content": "Phát triển kinh tế hộ gắn với dân vận khéo",
                 "ownerName": "Hộ ông Lò Văn Tài",
                 "personInCharge": "Lò Văn Tài", "startDate": "%d-01-01", "endDate": "%d-12-31",
                 "campaignId": %s}""".formatted(YEAR, unitCode, ownerType, name, YEAR, YEAR,
                campaignId == null ? "null" : "\"" + campaignId + "\"");
    }

    /**
     * Waits until each level's own instance shows the expected totals of the year: the commune's instance for
     * {@code 04096}, the district's for {@code 04096}, {@code 04063} and itself, the province's for itself.
     */
    private static void awaitFigures(String alias, long inCommune, long inOtherCommune, long inDistrict) {
        await(alias).atMost(EVENTUAL).pollInterval(POLL).until(() ->
                total(reportingCommune, "04096") == inCommune
                        && total(reportingDistrict, "04096") == inCommune
                        && total(reportingDistrict, "04063") == inOtherCommune
                        && total(reportingDistrict, "124") == inDistrict
                        && total(reportingProvince, "14") == inDistrict);
    }

    /**
     * Province = Σ districts = Σ communes: the province's figures of 124 are the district instance's own, those of
     * 04096 the commune instance's own, and each level's total is the sum of its children's (only district 124 and
     * its communes 04096 and 04063 have models of the year).
     */
    private static void assertLevelsAgree() {
        assertThat(figures(reportingProvince, "124")).isEqualTo(figures(reportingDistrict, "124"));
        assertThat(figures(reportingProvince, "04096")).isEqualTo(figures(reportingCommune, "04096"));
        assertThat(figures(reportingDistrict, "04096")).isEqualTo(figures(reportingCommune, "04096"));
        assertThat(total(reportingProvince, "14")).isEqualTo(total(reportingDistrict, "124")
                + total(reportingProvince, "125"));
        assertThat(total(reportingDistrict, "124")).isEqualTo(total(reportingCommune, "04096")
                + total(reportingDistrict, "04063"));
    }

    private static void rebuild(ServiceProcess reporting) {
        ServiceClient.Reply started = SystemUnderTest.post(reporting, "/api/v1/admin/rebuild", "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        await("the rebuild of " + reporting).atMost(EVENTUAL).pollInterval(POLL).until(() ->
                SystemUnderTest.get(reporting, "/api/v1/admin/rebuild").json().path("state").asString()
                        .equals("DONE"));
    }

    private static JsonNode statistics(ServiceProcess reporting, String unit) {
        ServiceClient.Reply reply = SystemUnderTest.get(reporting, "/api/v1/statistics/models?unit=" + unit
                + "&year=" + YEAR);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The figures of a unit without the name of the unit asked, to compare two instances' answers. */
    private static JsonNode figures(ServiceProcess reporting, String unit) {
        ObjectNode figures = ((ObjectNode) statistics(reporting, unit)).deepCopy();
        figures.remove("unit");
        return figures;
    }

    private static long total(ServiceProcess reporting, String unit) {
        return statistics(reporting, unit).path("total").asLong();
    }

    private static JsonNode complianceRow(ServiceProcess reporting, String unit) {
        JsonNode rows = SystemUnderTest.get(reporting, "/api/v1/compliance?unit=" + unit + "&year=" + YEAR).json()
                .path("units");
        return StreamSupport.stream(rows.spliterator(), false)
                .filter(row -> row.path("unitCode").asString().equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + unit + " in " + rows));
    }

    /** The district's review queue of a commune: the registrations waiting there, as the portal lists them. */
    private static List<String> awaitingReview(String unit) {
        JsonNode items = SystemUnderTest.get(registrationDistrict, "/api/v1/models?unit=" + unit + "&year=" + YEAR
                + "&status=REGISTERED").json().path("items");
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.path("id").asString()).toList();
    }
}
