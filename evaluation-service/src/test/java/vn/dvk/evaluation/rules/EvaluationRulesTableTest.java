package vn.dvk.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.evaluation.support.EvaluationApiTest;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.evaluation.support.RegistrationFeed;
import vn.dvk.testsupport.ServiceClient;

/**
 * The rules between the steps of seed 001 §V (issue 17), one row each: a request that breaks the rule, the problem it
 * gets (status, code, the fields named), and afterwards nothing stored by any of them.
 */
class EvaluationRulesTableTest extends EvaluationApiTest {

    private final String run = UUID.randomUUID().toString();

    private record Row(String rule, Supplier<ServiceClient.Reply> request, int status, String code,
                       String... fields) {
    }

    private ServiceClient clerk() {
        return http.as("canbo.04096", "04096", "UNIT_CLERK");
    }

    private static String scores(double score) {
        return """
                [{"criterion": "PRACTICAL_EFFECTIVE", "score": %s}, {"criterion": "SUSTAINABLE", "score": %s},
                 {"criterion": "REPLICABLE", "score": %s}, {"criterion": "ENGAGES_PEOPLE", "score": %s},
                 {"criterion": "HONEST", "score": %s}]""".formatted(score, score, score, score, score);
    }

    private Supplier<ServiceClient.Reply> evaluation(String modelId, String round, Integer year, String planId) {
        return () -> committeeOf("04096").post("/api/v1/evaluations", """
                {"modelId": "%s", "round": "%s", "year": %s, "planId": %s, "recognized": true, "scores": %s}"""
                .formatted(modelId, round, year, planId == null ? "null" : "\"" + planId + "\"", scores(9)));
    }

    private Supplier<ServiceClient.Reply> selfAssessment(String modelId, String start, String end,
                                                         String progress) {
        return () -> clerk().post("/api/v1/self-assessments", """
                {"modelId": "%s", "periodStart": "%s", "periodEnd": "%s", "progressPercent": %s}"""
                .formatted(modelId, start, end, progress));
    }

    private Supplier<ServiceClient.Reply> plan(int year, String decisionDate, String targets, String members) {
        return () -> committeeOf("124").post("/api/v1/inspection-plans", """
                {"year": %d, "round": "MID_YEAR", "name": "Kế hoạch bị từ chối %s", "decisionDate": %s,
                 "issuingUnitCode": "124", "targets": %s,
                 "teams": [{"key": "d1", "name": "Đoàn 1", "members": %s}]}"""
                .formatted(year, run, decisionDate == null ? "null" : "\"" + decisionDate + "\"", targets, members));
    }

    private static String inspectionCorrection(String findings, String reason) {
        return "{\"findings\": \"%s\", \"reason\": \"%s\"}".formatted(findings, reason);
    }

    private static final String HEAD = "[{\"name\": \"Lò Văn Minh\", \"role\": \"HEAD\"}]";

    private ModelSnapshot known(ModelFixtures.Builder model) {
        ModelSnapshot snapshot = model.snapshot();
        RegistrationFeed.registered(snapshot);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/api/v1/known-models/" + snapshot.id()).status() == 200);
        return snapshot;
    }

    private String publishedPlan(String issuer, int year, String round, String targets) {
        ServiceClient.Reply plan = committeeOf(issuer).post("/api/v1/inspection-plans", """
                {"year": %d, "round": "%s", "name": "Kế hoạch %s %s", "issuingUnitCode": "%s", "targets": %s,
                 "teams": [{"key": "d1", "name": "Đoàn 1", "members": %s}]}"""
                .formatted(year, round, round, run, issuer, targets, HEAD));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        return plan.json().at("/plan/id").asString();
    }

    @Test
    void every_precondition_refuses_the_request_that_breaks_it_with_its_problem_and_nothing_is_stored() {
        // Given: pears implemented 2021-2022, one implemented 2022 without self-assessments, one only registered,
        // a fish model of Chiềng Tương in 2023, a model of this year, and a campaign registration announced.
        LocalDate today = LocalDate.now();
        ModelSnapshot pears = known(ModelFixtures.taiNungPears().withId("rules-pears-" + run)
                .withStatus(ModelStatus.IN_PROGRESS).implemented(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31))
                .atVersion(5));
        ModelSnapshot unassessed = known(ModelFixtures.taiNungPears().withId("rules-unassessed-" + run)
                .withStatus(ModelStatus.APPROVED).atVersion(4));
        ModelSnapshot registered = known(ModelFixtures.taiNungPears().withId("rules-registered-" + run));
        ModelSnapshot fish = known(ModelFixtures.naDaFishCages().withId("rules-fish-" + run)
                .withStatus(ModelStatus.APPROVED).atVersion(4));
        ModelSnapshot thisYear = known(ModelFixtures.taiNungPears().withId("rules-current-" + run)
                .withStatus(ModelStatus.IN_PROGRESS).implemented(LocalDate.of(today.getYear(), 1, 1),
                        LocalDate.of(today.getYear(), 12, 31)).atVersion(5));
        String campaign = "rules-campaign-" + run;
        campaignOfYenChau(campaign);
        assertThat(selfAssessment(pears.id(), "2022-01-01", "2022-03-31", "40").get().status()).isEqualTo(201);
        String elsewherePlan = publishedPlan("04096", 2022, "YEAR_END", "[{\"unitCode\": \"04096\"}]");
        String planOf2021 = publishedPlan("04096", 2021, "YEAR_END",
                "[{\"modelId\": \"" + pears.id() + "\"}]");
        String uninspectedPlan = publishedPlan("04096", 2022, "YEAR_END",
                "[{\"modelId\": \"" + pears.id() + "\"}]");
        String inspectedPlan = yearEndInspection(unassessed.id(), "04096", 2022);
        String standingInspection = inspectedPlan + ":t1";
        ModelSnapshot recanted = known(ModelFixtures.taiNungPears().withId("rules-recanted-" + run)
                .withStatus(ModelStatus.IN_PROGRESS).atVersion(5));
        String recantedPlan = yearEndInspection(recanted.id(), "04096", 2022);
        String cancelledInspection = recantedPlan + ":t1";
        assertThat(committeeOf("04096").post("/api/v1/inspections/" + cancelledInspection + "/cancellation",
                "{\"reason\": \"Đoàn chưa đến kiểm tra mô hình\"}").status()).isEqualTo(200);
        String weights = "/api/v1/campaigns/" + campaign + "/evaluation-weights";
        String deadlines = "/api/v1/campaigns/" + campaign + "/deadlines";
        String unknownCampaign = "/api/v1/campaigns/no-such-campaign-" + run;
        String hugeWeights = """
                {"weights": {"PRACTICAL_EFFECTIVE": 1, "SUSTAINABLE": 1e308, "REPLICABLE": 1, "ENGAGES_PEOPLE": 1,
                 "HONEST": 1}}""";
        String validWeights = """
                {"weights": {"PRACTICAL_EFFECTIVE": 2, "SUSTAINABLE": 1, "REPLICABLE": 1, "ENGAGES_PEOPLE": 1,
                 "HONEST": 1}}""";

        List<Row> rows = List.of(
                new Row("the year evaluated is one of the model's", evaluation(pears.id(), "YEAR_END", 2020,
                        uninspectedPlan), 422, "year-outside-model", "year"),
                new Row("the year evaluated has begun", evaluation(pears.id(), "MID_YEAR", today.getYear() + 1,
                        null), 422, "year-in-future", "year"),
                new Row("the plan cited exists", evaluation(pears.id(), "YEAR_END", 2022, "no-such-plan"), 422,
                        "unknown-plan", "planId"),
                new Row("the plan cited targets the model", evaluation(pears.id(), "YEAR_END", 2022, elsewherePlan),
                        422, "plan-not-targeting-model", "planId"),
                new Row("the plan cited is of the year evaluated", evaluation(pears.id(), "YEAR_END", 2022,
                        planOf2021), 422, "plan-of-another-year", "planId"),
                new Row("a year-end verdict cites the plan of its inspection", evaluation(pears.id(), "YEAR_END",
                        2022, null), 422, "plan-required", "planId"),
                new Row("a year-end verdict comes after the inspection", evaluation(pears.id(), "YEAR_END", 2022,
                        uninspectedPlan), 422, "inspection-missing", "planId"),
                new Row("a cancelled inspection is no longer a year-end verdict's evidence", evaluation(recanted.id(),
                        "YEAR_END", 2022, recantedPlan), 422, "inspection-missing", "planId"),
                new Row("an inspection is corrected by the committee that issued its plan", () -> committeeOf("124")
                        .post("/api/v1/inspections/" + standingInspection + "/correction", inspectionCorrection(
                                "Chưa đạt", "Ghi nhầm")), 403, "not-plan-level"),
                new Row("an inspection is corrected for a reason", () -> committeeOf("04096").post(
                        "/api/v1/inspections/" + standingInspection + "/correction", inspectionCorrection("Chưa đạt",
                                " ")), 400, "invalid-input", "reason"),
                new Row("an inspection's correction changes its findings", () -> committeeOf("04096").post(
                        "/api/v1/inspections/" + standingInspection + "/correction", inspectionCorrection(
                                "Mô hình thực hiện đúng kế hoạch", "Sửa")), 422, "findings-unchanged", "findings"),
                new Row("a cancelled inspection is not corrected", () -> committeeOf("04096").post(
                        "/api/v1/inspections/" + cancelledInspection + "/correction", inspectionCorrection(
                                "Chưa đạt", "Sửa")), 409, "already-cancelled"),
                new Row("a cancelled inspection is not cancelled again", () -> committeeOf("04096").post(
                        "/api/v1/inspections/" + cancelledInspection + "/cancellation", "{\"reason\": \"Lần hai\"}"),
                        409, "already-cancelled"),
                new Row("a year-end verdict comes after the self-assessments", evaluation(unassessed.id(),
                        "YEAR_END", 2022, inspectedPlan), 422, "self-assessment-missing", "modelId"),
                new Row("only an approved model is evaluated", evaluation(registered.id(), "YEAR_END", 2022, null),
                        422, "not-evaluable", "modelId"),
                new Row("a self-assessment covers a scheduled period, not one day", selfAssessment(pears.id(),
                        "2022-05-01", "2022-05-01", "40"), 422, "period-not-scheduled", "periodStart"),
                new Row("a self-assessment covers a scheduled period, not a misaligned one",
                        selfAssessment(pears.id(), "2022-02-01", "2022-04-30", "40"), 422, "period-not-scheduled",
                        "periodStart"),
                new Row("a self-assessment stays inside the model's dates, not five years",
                        selfAssessment(pears.id(), "2021-01-01", "2025-12-31", "40"), 422, "period-outside-model",
                        "periodEnd"),
                new Row("a self-assessment starts inside the model's dates", selfAssessment(pears.id(),
                        "2020-10-01", "2020-12-31", "40"), 422, "period-outside-model", "periodStart"),
                new Row("a self-assessment covers a period already over", selfAssessment(thisYear.id(),
                        today.getYear() + "-10-01", today.getYear() + "-12-31", "40"), 422, "period-in-future",
                        "periodEnd"),
                new Row("a self-assessment's progress is a whole percentage", selfAssessment(pears.id(),
                        "2022-04-01", "2022-06-30", "50.5"), 400, "invalid-input", "progressPercent"),
                new Row("an indicator of a self-assessment is not negative", () -> clerk().post(
                        "/api/v1/self-assessments", """
                        {"modelId": "%s", "periodStart": "2022-04-01", "periodEnd": "2022-06-30", "progressPercent": 50,
                         "indicators": [{"code": "JOBS_CREATED", "value": 3}, {"code": "INCOME_VND_PER_YEAR",
                         "value": -5000000}]}""".formatted(pears.id())), 400, "invalid-input", "indicators[1].value"),
                new Row("an indicator of an evaluation is not negative", () -> committeeOf("04096").post(
                        "/api/v1/evaluations", """
                        {"modelId": "%s", "round": "MID_YEAR", "year": 2022, "recognized": false, "scores": %s,
                         "indicators": [{"code": "AREA_HECTARES", "value": -0.5}]}""".formatted(pears.id(),
                        scores(6))), 400, "invalid-input", "indicators[0].value"),
                new Row("one self-assessment per model and period", selfAssessment(pears.id(), "2022-01-01",
                        "2022-03-31", "60"), 409, "period-already-assessed", "periodStart"),
                new Row("weights are bounded", () -> committeeOf("124").put(weights, hugeWeights), 400,
                        "invalid-input", "weights.SUSTAINABLE"),
                new Row("weights only for a campaign registration announced", () -> committeeOf("124")
                        .put(unknownCampaign + "/evaluation-weights", validWeights), 422, "unknown-campaign",
                        "campaignId"),
                new Row("deadlines only for a campaign registration announced", () -> committeeOf("124")
                        .put(unknownCampaign + "/deadlines", "{\"recognition\": \"20/12\"}"), 422,
                        "unknown-campaign", "campaignId"),
                new Row("an empty body resets no deadline", () -> committeeOf("124").put(deadlines, "{}"), 400,
                        "invalid-input", "midYearReport", "yearEndReport", "recognition", "reminderDays"),
                new Row("reminder days are positive and distinct", () -> committeeOf("124").put(deadlines,
                        "{\"reminderDays\": [0, 3, 3]}"), 400, "invalid-input", "reminderDays[0]",
                        "reminderDays[2]"),
                new Row("a plan targets a model of the unit it inspects", plan(2023, null,
                        "[{\"unitCode\": \"04096\", \"modelId\": \"" + fish.id() + "\", \"teamKey\": \"d1\"}]", HEAD),
                        422, "target-of-another-unit", "targets[0].modelId"),
                new Row("a plan targets a model of its year", plan(2022, null,
                        "[{\"modelId\": \"" + fish.id() + "\", \"teamKey\": \"d1\"}]", HEAD), 422,
                        "target-of-another-year", "targets[0].modelId"),
                new Row("a team has members", plan(2022, null, "[{\"unitCode\": \"04096\", \"teamKey\": \"d1\"}]",
                        "[]"), 400, "invalid-input", "teams[0].members"),
                new Row("a team has a head", plan(2022, null, "[{\"unitCode\": \"04096\", \"teamKey\": \"d1\"}]",
                        "[{\"name\": \"Cầm Thị Hoa\", \"role\": \"MEMBER\"}]"), 400, "invalid-input",
                        "teams[0].members"),
                new Row("a plan is not decided after its year", plan(2022, "2023-01-05",
                        "[{\"unitCode\": \"04096\", \"teamKey\": \"d1\"}]", HEAD), 422, "decision-after-plan-year",
                        "decisionDate"),
                new Row("a plan repeated is refused unless confirmed", () -> committeeOf("04096").post(
                        "/api/v1/inspection-plans", """
                        {"year": 2022, "round": "YEAR_END", "name": "Kế hoạch nhập lại %s", "issuingUnitCode": "04096",
                         "targets": [{"unitCode": "04096"}],
                         "teams": [{"key": "d1", "name": "Đoàn 1", "members": %s}]}""".formatted(run, HEAD)), 409,
                        "duplicate-plan", "confirmDuplicate"));

        SoftAssertions softly = new SoftAssertions();
        for (Row row : rows) {
            ServiceClient.Reply reply = row.request().get();
            softly.assertThat(reply.status()).as("%s: %s", row.rule(), reply.body()).isEqualTo(row.status());
            softly.assertThat(reply.text("code")).as("%s: code", row.rule()).isEqualTo(row.code());
            softly.assertThat(reply.errorFields()).as("%s: fields", row.rule())
                    .containsExactlyInAnyOrder(row.fields());
            softly.assertThat(reply.contentType()).as("%s: problem", row.rule()).startsWith("application/problem+json");
        }
        softly.assertAll();

        for (ModelSnapshot model : List.of(pears, unassessed, registered, fish, thisYear, recanted)) {
            assertThat(http.get("/api/v1/evaluations?modelId=" + model.id()).json()).as(model.id()).isEmpty();
        }
        assertThat(http.get("/api/v1/self-assessments?modelId=" + pears.id()).json()).singleElement()
                .satisfies(filed -> assertThat(filed.path("progressPercent").asInt()).isEqualTo(40));
        assertThat(http.get("/api/v1/self-assessments?modelId=" + thisYear.id()).json()).isEmpty();
        List<String> planNames = new ArrayList<>();
        for (int year : List.of(2021, 2022, 2023)) {
            for (JsonNode view : committeeOf("124").get("/api/v1/inspection-plans?unit=124&year=" + year).json()) {
                planNames.add(view.path("plan").path("name").asString());
            }
        }
        assertThat(planNames).filteredOn(name -> name.contains(run))
                .containsExactlyInAnyOrder("Kế hoạch YEAR_END " + run, "Kế hoạch YEAR_END " + run,
                        "Kế hoạch YEAR_END " + run, "Kiểm tra cuối năm 2022 mô hình " + unassessed.id(),
                        "Kiểm tra cuối năm 2022 mô hình " + recanted.id());
        JsonNode standing = http.get("/api/v1/inspections/" + standingInspection).json();
        assertThat(standing.path("findings").asString()).isEqualTo("Mô hình thực hiện đúng kế hoạch");
        assertThat(standing.path("corrections")).isEmpty();
        assertThat(http.get("/api/v1/inspections/" + cancelledInspection).json().path("corrections")).hasSize(1);
        assertThat(committeeOf("124").get(weights).json().path("version").asLong()).isZero();
        assertThat(committeeOf("124").get(deadlines).json().path("version").asLong()).isZero();
        assertThat(committeeOf("124").get(unknownCampaign + "/evaluation-weights").json().path("version").asLong())
                .isZero();

        ServiceClient.Reply afterHugeWeights = evaluation(pears.id(), "MID_YEAR", 2022, null).get();
        assertThat(afterHugeWeights.status()).as("no 500 after 1e308: %s", afterHugeWeights.body()).isEqualTo(201);
    }
}
