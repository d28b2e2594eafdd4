package vn.dvk.reporting.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignPublished;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ReportingApiTest;
import vn.dvk.testsupport.AccessTable;

/**
 * Who may read what on reporting-service (the province instance, 14): every endpoint of its OpenAPI, called by an
 * official of each role from a commune (Lóng Phiêng 04096, Chiềng Đông 04063), a district (Yên Châu 124, Mai Sơn
 * 125) and the province, and without a token. Every role reads the statistics, compliance, reports and live updates
 * of its own subtree and gets 403 for a unit above or beside it; a list that names no unit is the caller's own
 * subtree, so a district's compliance never shows another district's campaign; the audit log is for administrators
 * and auditors; a rebuild replaces every read model of the instance, so only an administrator whose subtree holds the
 * instance may start one. A unit's report is written by its own clerk and Steering Committee members and submitted by
 * a member or the chairman (a second draft of the same period and a stale {@code If-Match} are 409, a second
 * submission too); officials of another subtree do not find it (404).
 */
class ReportingAccessTableTest extends ReportingApiTest {

    private static final int YEAR = 2032;

    /** Rows run in this order; the rebuild comes last and the test waits until it is done. */
    private static final String TABLE = """
            | request                                                          | unit  | none | CLERK | STEERING | COUNCIL | CHAIRMAN | VIEWER | ADMIN | AUDITOR |
            |------------------------------------------------------------------|-------|------|-------|----------|---------|----------|--------|-------|---------|
            | GET /api/v1/audit                                                | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit                                                | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit/verification                                   | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit/verification                                   | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/catalog                                              | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/catalog                                              | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/statistics/awards?unit=124&year=${year}              | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/statistics/awards?unit=124&year=${year}              | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/statistics/awards?unit=124&year=${year}              | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/statistics/awards?unit=04096&year=${year}            | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/statistics/awards?unit=04096&year=${year}            | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/statistics/models?unit=124&year=${year}              | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/statistics/models?unit=124&year=${year}              | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/statistics/models?unit=124&year=${year}              | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/statistics/models?unit=124&year=${year}              | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/statistics/models?unit=04096&year=${year}            | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/statistics/models?unit=04096&year=${year}            | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/statistics/models?unit=04096&year=${year}            | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/statistics/models?year=${year}                       | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/statistics/models?unit=${missing}&year=${year}       | 04096 | 401  | 422   | 422      | 422     | 422      | 422    | 422   | 422     |
            | GET /api/v1/statistics/replication?unit=124&year=${year}         | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/statistics/replication?unit=124&year=${year}         | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/statistics/replication?unit=124&year=${year}         | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/statistics/replication?year=${year}                  | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/compliance?unit=124&year=${year}                     | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/compliance?unit=124&year=${year}                     | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/compliance?unit=124&year=${year}                     | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/compliance?unit=124&year=${year}                     | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/compliance?year=${year}                              | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/compliance?year=${year}                              | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/compliance?year=${year}                              | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reports/yearly?unit=124&year=${year}&format=xlsx     | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reports/yearly?unit=124&year=${year}&format=xlsx     | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/reports/yearly?unit=124&year=${year}&format=xlsx     | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/reports/yearly?unit=04096&year=${year}               | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reports/yearly?unit=04096&year=${year}               | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/reports/yearly?year=${year}&format=pdf               | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reports/yearly?year=${year}&date=${year}-11-25       | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reports/yearly?year=${year}&date=${year}-13-25       | 04096 | 401  | 400   | 400      | 400     | 400      | 400    | 400   | 400     |
            | POST /api/v1/reports <draft-04096>                               | 04096 | 401  | 201   | 409      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/reports <draft-04096>                               | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/reports/${draft-04096}                               | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reports/${draft-04096}                               | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reports/${draft-04096}                               | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | PUT /api/v1/reports/${draft-04096} <edit>                        | 04096 | 401  | 200   | 409      | 403     | 403      | 403    | 403   | 403     |
            | PUT /api/v1/reports/${draft-04096} <edit>                        | 04063 | 401  | 404   | 404      | 403     | 403      | 403    | 403   | 403     |
            | PUT /api/v1/reports/${draft-04096} <edit>                        | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/reports/${draft-04096}/versions                      | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reports/${draft-04096}/versions                      | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/reports/${draft-04096}/document?format=xlsx          | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reports/${draft-04096}/document?format=xlsx          | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | POST /api/v1/reports/${draft-04096}:submit                       | 04063 | 401  | 403   | 404      | 403     | 404      | 403    | 403   | 403     |
            | POST /api/v1/reports/${draft-04096}:submit                       | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/reports/${draft-04096}:submit                       | 04096 | 401  | 403   | 200      | 403     | 409      | 403    | 403   | 403     |
            | GET /api/v1/reports/submissions?unit=124&year=${year}&kind=YEARLY | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reports/submissions?unit=124&year=${year}&kind=YEARLY | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/reports/submissions?unit=124&year=${year}&kind=YEARLY | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/reports/submissions?year=${year}&kind=MID_YEAR       | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/dashboard/units?unit=124                             | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/dashboard/units?unit=124                             | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/dashboard/units?unit=124                             | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/dashboard/units?unit=124                             | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/dashboard/units                                      | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/stream                                               | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/stream                                               | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/admin/rebuild                                        | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/admin/rebuild                                        | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | POST /api/v1/admin/rebuild                                       | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/admin/rebuild                                       | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/admin/rebuild                                       | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 202   | 403     |
            """;

    private static CampaignSnapshot campaign(String id, String issuer, String issuerPath, String name) {
        return new CampaignSnapshot(id, issuer, issuerPath, name, "ACL/KH-UBND", LocalDate.of(2031, 1, 5), 2031, 2035,
                null, List.of(), List.of(new CampaignSnapshot.Target(UnitLevel.COMMUNE, null, null, 1,
                "Mỗi xã ít nhất 1 mô hình/năm")), 1);
    }

    /** A campaign of each district: each gives its communes a target, which only that district's subtree sees. */
    private AccessTable.Fixtures prepare() {
        String run = UUID.randomUUID().toString();
        CampaignSnapshot yenChau = campaign("acl-campaign-124-" + run, "124", "14/124",
                "Kế hoạch thi đua của Yên Châu " + run);
        CampaignSnapshot maiSon = campaign("acl-campaign-125-" + run, "125", "14/125",
                "Kế hoạch thi đua của Mai Sơn " + run);
        try (EventFeed feed = new EventFeed()) {
            for (CampaignSnapshot campaign : List.of(yenChau, maiSon)) {
                feed.send(RegistrationEvents.CAMPAIGN_PUBLISHED, campaign.id(), campaign.issuingUnitPath(), 1,
                        new CampaignPublished(campaign, "UBND huyện " + campaign.issuingUnitCode(), Instant.now()));
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() ->
                http.get("/api/v1/compliance?unit=124&year=" + YEAR).body().contains(yenChau.name())
                        && http.get("/api/v1/compliance?unit=125&year=" + YEAR).body().contains(maiSon.name()));
        return new AccessTable.Fixtures()
                .reference("campaign-124", yenChau.name(), "14/124")
                .reference("campaign-125", maiSon.name(), "14/125")
                .fact("draft-04096", "04096-" + YEAR + "-YEARLY", "14/124/04096")
                .value("year", String.valueOf(YEAR))
                .value("missing", "acl-" + run.substring(0, 8));
    }

    @Test
    void every_endpoint_answers_each_role_of_each_unit_as_the_table_says_and_leaks_nothing() {
        AccessTable table = AccessTable.parse(TABLE).assertCovers(http);
        AccessTable.Fixtures fixtures = prepare();

        try {
            table.assertAnswers(http, fixtures, Map.of(
                    "draft-04096", AccessTable.Body.json("{\"unit\":\"04096\",\"year\":${year},\"kind\":\"YEARLY\"}"),
                    "edit", AccessTable.Body.json("{\"results\":\"Hoàn thành chỉ tiêu.\",\"date\":\"${year}-12-10\"}")
                            .header("If-Match", "\"1\"")), DemoUnits::pathOf);
        } finally {
            await().atMost(Duration.ofMinutes(5)).until(() -> !http.get("/api/v1/admin/rebuild").text("state")
                    .equals("RUNNING"));
        }

        assertThat(table.cases()).isGreaterThanOrEqualTo(300);
    }
}
