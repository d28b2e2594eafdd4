package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.Topics;
import vn.dvk.contracts.identity.IdentityEvents;
import vn.dvk.contracts.identity.OfficialRegistered;
import vn.dvk.contracts.identity.OfficialSnapshot;
import vn.dvk.testsupport.Quiescence;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TestInfrastructure;
import vn.dvk.testsupport.TopicProbe;

/**
 * Issue 13's acceptance across levels: province {@code 14}, district {@code 124} and commune {@code 04096} each run
 * their own instance of every service (registration, evaluation, reporting, award, notification), as separate
 * processes on ONE store and broker with nothing set but {@code DVK_SCOPE} (and the mail server). identity-service is
 * not started: the services trust the test tokens of test-support, and the officials it would announce are sent to
 * {@code dvk.identity} as it sends them.
 * <p>
 * Each level reports its own subtree and the levels agree after quiescence; a rebuild on the commune changes nothing
 * at the province; the commune sees the district's plan, links its model to it and sees its own target; a model the
 * district moves from {@code 04096} to {@code 04063} leaves the commune's figures, review and award evidence and
 * enters {@code 04063}'s, live and after a rebuild. award-service keeps each proposal on the instance of its form's
 * issuing level and weighs the evidence of that instance's subtree; notification-service tells an official once, from
 * the instance of the lowest level that serves him (ADR 0018 addendum).
 */
@OnTheSharedStack
class MultiLevelSystemTest {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration EVENTUAL = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofMillis(500);
    /** Fifteen JVMs start on two cores: four at a time keep both busy without thrashing. */
    private static final int STARTING_AT_ONCE = 4;
    /** A year no other system test registers models in, so that every figure of it comes from this test. */
    private static final int YEAR = 2047;
    private static final String TAI_NUNG = "Mô hình trồng lê Tai nung";
    private static final String CON_HUOT = "Mô hình nuôi cá lồng bản Cồn Huôt";
    private static final String BAN_ME = "Bản văn hóa kiểu mẫu bản Mé";
    private static final String CHIENG_CHAN = "Mô hình cà phê dưới tán rừng Chiềng Chăn";
    private static final List<String> NOTIFICATION_INPUTS = List.of(Topics.IDENTITY, Topics.REGISTRATION,
            Topics.EVALUATION, Topics.AWARD);

    /** The instances of every service at one level. */
    private record Level(String scope, ServiceProcess registration, ServiceProcess evaluation,
                         ServiceProcess reporting, ServiceProcess award, ServiceProcess notification) {

        String notificationGroup() {
            return "notification-" + scope;
        }
    }

    private static final List<String> SERVICES = List.of("registration-service", "evaluation-service",
            "reporting-service", "award-service", "notification-service");
    private static final List<String> SCOPES = List.of("14", "124", "04096");

    private static LocalMailServer mail;
    private static List<ServiceProcess> instances = List.of();
    private static Level province;
    private static Level district;
    private static Level commune;

    @BeforeAll
    static void start_every_service_at_three_levels_on_one_store() {
        String brokers = TestInfrastructure.kafkaBrokers();
        String mongo = TestInfrastructure.mongoUri();
        mail = new LocalMailServer();
        Map<String, String> mailServer = Map.of("DVK_SMTP_HOST", "127.0.0.1",
                "DVK_SMTP_PORT", Integer.toString(mail.smtpPort()), "DVK_PORTAL_URL", SystemUnderTest.PORTAL);
        List<Supplier<ServiceProcess>> launches = new ArrayList<>();
        for (String service : SERVICES) {
            Map<String, String> settings = service.equals("notification-service") ? mailServer : Map.of();
            for (String scope : SCOPES) {
                launches.add(() -> ServiceProcess.startScoped(service, scope, brokers, mongo, settings));
            }
        }
        instances = ServiceProcess.startInWaves(launches, STARTING_AT_ONCE, READY_TIMEOUT);
        province = level(0);
        district = level(1);
        commune = level(2);
    }

    /** The instances of the scope at {@code index} in {@link #SCOPES}, out of {@link #instances}. */
    private static Level level(int index) {
        int services = SERVICES.size();
        ServiceProcess[] level = new ServiceProcess[services];
        for (int service = 0; service < services; service++) {
            level[service] = instances.get(service * SCOPES.size() + index);
        }
        return new Level(SCOPES.get(index), level[0], level[1], level[2], level[3], level[4]);
    }

    @AfterAll
    static void stop() {
        try {
            ServiceProcess.closeAll(instances.toArray(ServiceProcess[]::new));
        } finally {
            if (mail != null) {
                mail.close();
            }
        }
    }

    @Test
    void every_service_at_three_levels_agrees_follows_plans_and_moves_and_tells_each_official_once() {
        String steeringOfLongPhieng = announceOfficial("longphieng.bcd", "04096", "14/124/04096", "STEERING_MEMBER");
        String clerkOf04063 = announceOfficial("canbo.04063", "04063", "14/124/04063", "UNIT_CLERK");
        for (Level level : List.of(province, district, commune)) {
            Quiescence.await(level.notificationGroup(), List.of(Topics.IDENTITY), EVENTUAL);
        }

        String campaignId = created(SystemUnderTest.post(district.registration(), "/api/v1/campaigns", """
                {"issuingUnitCode": "124",
                 "name": "Kế hoạch thực hiện phong trào thi đua Dân vận khéo 2046-2048",
                 "documentNumber": "47/KH-UBND", "startYear": 2046, "endYear": 2048,
                 "targets": [{"appliesTo": "COMMUNE", "minimumModels": 2,
                              "description": "Mỗi xã ít nhất 2 mô hình/năm"}]}""")).text("id");

        // The commune's registration follows the district's plan and links its own model to it.
        ServiceClient.Reply linked = SystemUnderTest.retriedUntilCreated(EVENTUAL,
                () -> SystemUnderTest.post(commune.registration(), "/api/v1/models", model("04096", TAI_NUNG,
                        "INDIVIDUAL", campaignId)));
        assertThat(linked.json().path("campaignId").asString()).isEqualTo(campaignId);
        assertThat(SystemUnderTest.get(commune.registration(), "/api/v1/campaigns/" + campaignId).status())
                .isEqualTo(200);
        JsonNode moving = created(SystemUnderTest.post(district.registration(), "/api/v1/models",
                model("04096", CON_HUOT, "COLLECTIVE", null))).json();
        String movingId = moving.path("id").asString();
        created(SystemUnderTest.post(district.registration(), "/api/v1/models",
                model("04063", BAN_ME, "COLLECTIVE", null)));
        // The province registers in another district, which neither 124's nor 04096's instances count.
        created(SystemUnderTest.post(province.registration(), "/api/v1/models",
                model("04114", CHIENG_CHAN, "INDIVIDUAL", null)));

        awaitFigures("every level counts the models of its subtree", 2, 1, 3);
        assertLevelsAgree();
        assertThat(total(province.reporting(), "125")).isEqualTo(1);
        JsonNode ownRow = complianceRow(commune.reporting(), "04096");
        assertThat(ownRow.path("campaignId").asString()).isEqualTo(campaignId);
        assertThat(ownRow.path("target").asInt()).isEqualTo(2);
        assertThat(ownRow.path("count").asLong()).isEqualTo(2);

        // The commune's Steering Committee hears of each registration once, from the commune's own instance.
        awaitNotificationsConsumed();
        assertThat(mailedTo(commune.notification(), "04096", steeringOfLongPhieng)).isEqualTo(2);
        assertThat(mailedTo(district.notification(), "04096", steeringOfLongPhieng)).isZero();
        assertThat(mailedTo(province.notification(), "04096", steeringOfLongPhieng)).isZero();
        await("the committee's two mails").atMost(EVENTUAL).pollInterval(POLL)
                .until(() -> mail.inbox(steeringOfLongPhieng).size() == 2);
        assertThat(mail.inbox(steeringOfLongPhieng)).extracting(LocalMailServer.Mail::subject)
                .containsExactlyInAnyOrder("Mô hình mới chờ xét duyệt: \"" + TAI_NUNG + "\"",
                        "Mô hình mới chờ xét duyệt: \"" + CON_HUOT + "\"");

        // Award: each proposal lives on the instance of its form's issuing level, under the district's plan that
        // flowed down, and weighs the models of that instance's subtree.
        ServiceClient communeClerk = new ServiceClient(commune.award().url("")).as("longphieng.canbo", "04096",
                "UNIT_CLERK");
        ServiceClient districtClerkOf04063 = new ServiceClient(district.award().url("")).as("canbo.04063", "04063",
                "UNIT_CLERK");
        ServiceClient provinceClerkOf124 = new ServiceClient(province.award().url("")).as("yenchau.canbo", "124",
                "UNIT_CLERK");
        String communeProposal = SystemUnderTest.retriedUntilCreated(EVENTUAL, () -> communeClerk.post(
                "/api/v1/proposals", proposal(campaignId, "GIAY_KHEN_CHU_TICH_UBND_XA", "04096"))).text("id");
        ServiceClient.Reply aboveTheCommune = communeClerk.post("/api/v1/proposals",
                proposal(campaignId, "GIAY_KHEN_CHU_TICH_UBND_HUYEN", "04096"));
        assertThat(aboveTheCommune.status()).as(aboveTheCommune.body()).isEqualTo(403);
        assertThat(aboveTheCommune.json().path("code").asString()).isEqualTo("issuer-out-of-scope");
        String districtProposal = SystemUnderTest.retriedUntilCreated(EVENTUAL, () -> districtClerkOf04063.post(
                "/api/v1/proposals", proposal(campaignId, "GIAY_KHEN_CHU_TICH_UBND_HUYEN", "04063"))).text("id");
        String provinceProposal = SystemUnderTest.retriedUntilCreated(EVENTUAL, () -> provinceClerkOf124.post(
                "/api/v1/proposals", proposal(campaignId, "BANG_KHEN_CHU_TICH_UBND_TINH", "124"))).text("id");
        assertThat(communeClerk.get("/api/v1/proposals/" + districtProposal).status()).isEqualTo(404);
        awaitEvidence("the commune weighs its own two models", communeClerk, communeProposal,
                List.of(TAI_NUNG, CON_HUOT), List.of(BAN_ME));
        awaitEvidence("the district weighs 04063's model", districtClerkOf04063, districtProposal,
                List.of(BAN_ME), List.of(TAI_NUNG, CON_HUOT));
        awaitEvidence("the province weighs every model of 124", provinceClerkOf124, provinceProposal,
                List.of(TAI_NUNG, CON_HUOT, BAN_ME), List.of(CHIENG_CHAN));

        // The district's inspection plan reaches the commune's evaluation instance, which lists it.
        String planId = created(SystemUnderTest.post(district.evaluation(), "/api/v1/inspection-plans", """
                {"year": %d, "round": "MID_YEAR", "name": "Kiểm tra giữa năm mô hình Dân vận khéo",
                 "issuingUnitCode": "124", "targets": [{"unitCode": "04096", "teamKey": "d1"}],
                 "teams": [{"key": "d1", "name": "Đoàn kiểm tra số 1",
                            "members": [{"name": "Lò Văn Khánh", "role": "HEAD"}]}]}"""
                .formatted(LocalDate.now().getYear()))).json().at("/plan/id").asString();
        await("the commune's evaluation instance lists the district's plan").atMost(EVENTUAL).pollInterval(POLL)
                .until(() -> SystemUnderTest.get(commune.evaluation(), "/api/v1/inspection-plans/" + planId)
                        .status() == 200);

        // A rebuild on the commune changes nothing at the province, nor at the commune.
        JsonNode provinceBefore = statistics(province.reporting(), "14");
        JsonNode communeBefore = statistics(commune.reporting(), "04096");
        rebuild(commune.reporting());
        assertThat(statistics(commune.reporting(), "04096")).isEqualTo(communeBefore);
        assertThat(statistics(province.reporting(), "14")).isEqualTo(provinceBefore);

        // The district moves a model from 04096 to 04063.
        await("the commune's evaluation instance knows the model").atMost(EVENTUAL).pollInterval(POLL)
                .until(() -> SystemUnderTest.get(commune.evaluation(), "/api/v1/known-models/" + movingId)
                        .status() == 200);
        ServiceClient.Reply moved = SystemUnderTest.send(district.registration(), "PUT", "/api/v1/models/"
                + movingId, model("04063", CON_HUOT, "COLLECTIVE", null),
                Map.of("If-Match", "\"" + moving.path("version").asLong() + "\""));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        awaitFigures("the model leaves 04096 and enters 04063", 1, 2, 3);
        assertLevelsAgree();
        await("the commune's evaluation instance forgets the model").atMost(EVENTUAL).pollInterval(POLL)
                .until(() -> SystemUnderTest.get(commune.evaluation(), "/api/v1/known-models/" + movingId)
                        .status() == 404);
        ServiceClient.Reply review = SystemUnderTest.post(commune.evaluation(), "/api/v1/reviews", """
                {"modelId": "%s", "decision": "APPROVE"}""".formatted(movingId));
        assertThat(review.status()).as(review.body()).isEqualTo(422);
        assertThat(review.json().path("code").asString()).isEqualTo("unknown-model");
        for (Level holdingBoth : List.of(district, province)) {
            await("the " + holdingBoth.scope() + " evaluation instance follows the model into 04063")
                    .atMost(EVENTUAL).pollInterval(POLL).until(() -> SystemUnderTest.get(holdingBoth.evaluation(),
                            "/api/v1/known-models/" + movingId).json().path("unitPath").asString()
                            .equals("14/124/04063"));
        }
        assertThat(awaitingReview("04096")).doesNotContain(movingId);
        assertThat(awaitingReview("04063")).contains(movingId);
        assertThat(complianceRow(commune.reporting(), "04096").path("count").asLong()).isEqualTo(1);
        awaitEvidence("the moved model leaves the commune's evidence", communeClerk, communeProposal,
                List.of(TAI_NUNG), List.of(CON_HUOT));
        awaitEvidence("and enters 04063's at the district", districtClerkOf04063, districtProposal,
                List.of(BAN_ME, CON_HUOT), List.of(TAI_NUNG));

        provinceBefore = statistics(province.reporting(), "14");
        rebuild(commune.reporting());
        assertThat(total(commune.reporting(), "04096")).isEqualTo(1);
        assertThat(statistics(province.reporting(), "14")).isEqualTo(provinceBefore);
        assertLevelsAgree();

        // 04063's committee approves the moved model on the district's instance; 04063 has no notification
        // instance of its own, so the district's tells its clerk, and the province's leaves him to it.
        ServiceClient committeeOf04063 = new ServiceClient(district.evaluation().url("")).asNamed("bcd.04063",
                "Ban Chỉ đạo xã 04063", "04063", "STEERING_MEMBER");
        created(committeeOf04063.post("/api/v1/reviews", """
                {"modelId": "%s", "decision": "APPROVE", "reason": "Phù hợp, khả thi"}""".formatted(movingId)));
        await("the district's instance decides to tell the clerk of 04063").atMost(EVENTUAL).pollInterval(POLL)
                .until(() -> mailedTo(district.notification(), "04063", clerkOf04063) == 1);
        awaitNotificationsConsumed();
        assertThat(mailedTo(district.notification(), "04063", clerkOf04063)).isEqualTo(1);
        assertThat(mailedTo(province.notification(), "04063", clerkOf04063)).isZero();
        await("the clerk of 04063 hears of the approval").atMost(EVENTUAL).pollInterval(POLL)
                .until(() -> !mail.inbox(clerkOf04063).isEmpty());
        assertThat(mail.inbox(clerkOf04063)).singleElement().extracting(LocalMailServer.Mail::subject)
                .asString().contains(CON_HUOT, "phê duyệt");
        assertThat(mail.inbox(steeringOfLongPhieng)).hasSize(2);
    }

    /**
     * identity-service's announcement of an official (mail at {@code <login>@dvk.local}), sent as it sends it: the
     * notification instances whose subtree holds his unit learn of him.
     */
    private static String announceOfficial(String login, String unitCode, String unitPath, String role) {
        OfficialSnapshot official = new OfficialSnapshot(login, "Cán bộ " + login, login + "@dvk.local", unitCode,
                unitPath, List.of(role), true, 1);
        TopicProbe.send(Topics.IDENTITY, CloudEvent.of(IdentityEvents.OFFICIAL_REGISTERED, "/dvk/identity-service",
                login, unitPath, 1), ServiceClient.JSON.writeValueAsString(
                new OfficialRegistered(official, "sonla.admin", Instant.now())));
        return official.email();
    }

    /** Every notification instance has consumed every record of its inputs: all it will ever send is decided. */
    private static void awaitNotificationsConsumed() {
        for (Level level : List.of(province, district, commune)) {
            Quiescence.await(level.notificationGroup(), NOTIFICATION_INPUTS, EVENTUAL);
        }
    }

    /** The mails to {@code address} in the delivery log of one notification instance, for the unit's notices. */
    private static long mailedTo(ServiceProcess notification, String unit, String address) {
        JsonNode log = SystemUnderTest.get(notification, "/api/v1/notifications/deliveries?unit=" + unit
                + "&channel=EMAIL&size=200").json();
        return StreamSupport.stream(log.path("items").spliterator(), false)
                .filter(delivery -> address.equals(delivery.path("address").asString())).count();
    }

    /** A unit's proposal of itself, as a collective, for a form, under the campaign, for the year's award. */
    private static String proposal(String campaignId, String formCode, String unitCode) {
        return """
                {"campaignId": "%s", "occasion": "YEARLY", "year": %d, "formCode": "%s",
                 "proposingUnitCode": "%s",
                 "nominees": [{"recipientType": "COLLECTIVE", "unitCode": "%s", "modelIds": []}]}"""
                .formatted(campaignId, YEAR, formCode, unitCode, unitCode);
    }

    /**
     * Waits until the proposal's eligibility sheet, on the instance the clerk works on, names the models of
     * {@code present} and none of {@code absent}: the models of the nominee's unit as that instance's evidence knows
     * them.
     */
    private static void awaitEvidence(String alias, ServiceClient clerk, String proposalId, List<String> present,
                                      List<String> absent) {
        await(alias).atMost(EVENTUAL).pollInterval(POLL).untilAsserted(() -> {
            ServiceClient.Reply sheets = clerk.get("/api/v1/proposals/" + proposalId + "/eligibility");
            assertThat(sheets.status()).as(sheets.body()).isEqualTo(200);
            assertThat(sheets.body()).contains(present).doesNotContain(absent);
        });
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
     * {@code 04096}, the district's for {@code 04096}, {@code 04063} and itself, the province's for itself (the
     * district's models and the one it registered in district 125).
     */
    private static void awaitFigures(String alias, long inCommune, long inOtherCommune, long inDistrict) {
        await(alias).atMost(EVENTUAL).pollInterval(POLL).until(() ->
                total(commune.reporting(), "04096") == inCommune
                        && total(district.reporting(), "04096") == inCommune
                        && total(district.reporting(), "04063") == inOtherCommune
                        && total(district.reporting(), "124") == inDistrict
                        && total(province.reporting(), "14") == inDistrict + 1);
    }

    /**
     * Province = Σ districts = Σ communes: the province's figures of 124 are the district instance's own, those of
     * 04096 the commune instance's own, and each level's total is the sum of its children's (only district 124, with
     * its communes 04096 and 04063, and district 125, with the province's model in 04114, have models of the year).
     */
    private static void assertLevelsAgree() {
        assertThat(figures(province.reporting(), "124")).isEqualTo(figures(district.reporting(), "124"));
        assertThat(figures(province.reporting(), "04096")).isEqualTo(figures(commune.reporting(), "04096"));
        assertThat(figures(district.reporting(), "04096")).isEqualTo(figures(commune.reporting(), "04096"));
        assertThat(total(province.reporting(), "14")).isEqualTo(total(district.reporting(), "124")
                + total(province.reporting(), "125"));
        assertThat(total(district.reporting(), "124")).isEqualTo(total(commune.reporting(), "04096")
                + total(district.reporting(), "04063"));
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
        JsonNode items = SystemUnderTest.get(district.registration(), "/api/v1/models?unit=" + unit + "&year=" + YEAR
                + "&status=REGISTERED").json().path("items");
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.path("id").asString()).toList();
    }
}
