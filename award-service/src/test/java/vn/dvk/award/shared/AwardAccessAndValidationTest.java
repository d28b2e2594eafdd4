package vn.dvk.award.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.award.support.AwardApiTest;
import vn.dvk.testsupport.ServiceClient;

/**
 * Every endpoint's access row (no token 401, a role that may not act 403) and validation (problem+json naming the
 * field, Vietnamese text, nothing changed).
 */
class AwardAccessAndValidationTest extends AwardApiTest {

    private static final String PROPOSAL = """
            {"campaignId": "unknown", "occasion": "FINAL", "year": 2025, "formCode": "GIAY_KHEN_CHU_TICH_UBND_HUYEN",
             "proposingUnitCode": "04096", "nominees": [{"recipientType": "COLLECTIVE", "unitCode": "04096"}]}""";

    @Test
    void without_a_token_every_api_call_is_401_and_health_stays_open() {
        ServiceClient anonymous = api.withToken(null);
        assertThat(anonymous.get("/api/v1/proposals").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/award-forms").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/proposals", PROPOSAL).status()).isEqualTo(401);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void each_write_is_open_only_to_its_role() {
        ServiceClient viewer = api.as("yenchau.lanhdao", "124", "VIEWER");
        ServiceClient[] notClerks = {viewer, districtCouncil, districtChairman};
        for (ServiceClient official : notClerks) {
            assertThat(official.post("/api/v1/proposals", PROPOSAL).status()).isEqualTo(403);
            assertThat(official.post("/api/v1/proposals/x:submit", "").status()).isEqualTo(403);
            assertThat(official.post("/api/v1/people", "{}").status()).isEqualTo(403);
        }
        for (String councilStep : new String[] {"/attestations", "/overrides", "/votes", ":return"}) {
            ServiceClient.Reply refused = communeClerk.post("/api/v1/proposals/x" + councilStep, "{}");
            assertThat(refused.status()).as(councilStep).isEqualTo(403);
            assertThat(refused.text("code")).isEqualTo("forbidden-role");
            assertThat(districtChairman.post("/api/v1/proposals/x" + councilStep, "{}").status()).isEqualTo(403);
        }
        assertThat(districtCouncil.post("/api/v1/proposals/x/decision", "{}").status()).isEqualTo(403);
        assertThat(viewer.post("/api/v1/proposals/x/disclosure", "{}").status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/award-forms").status()).isEqualTo(200);
    }

    @Test
    void a_proposal_names_every_missing_field_and_refuses_what_it_cannot_resolve() {
        ServiceClient.Reply empty = communeClerk.post("/api/v1/proposals", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.errorFields()).contains("campaignId", "occasion", "year", "formCode", "proposingUnitCode",
                "nominees");
        assertThat(empty.body()).contains("không được");

        ServiceClient.Reply unknownCampaign = communeClerk.post("/api/v1/proposals", PROPOSAL);
        assertThat(unknownCampaign.status()).isEqualTo(422);
        assertThat(unknownCampaign.errorFields()).containsExactly("campaignId");

        ServiceClient.Reply sibling = communeClerk.post("/api/v1/proposals",
                PROPOSAL.replace("\"proposingUnitCode\": \"04096\"", "\"proposingUnitCode\": \"04063\""));
        assertThat(sibling.status()).isEqualTo(403);
        assertThat(sibling.errorFields()).containsExactly("proposingUnitCode");

        ServiceClient.Reply malformed = communeClerk.post("/api/v1/proposals", "{\"year\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(communeClerk.get("/api/v1/proposals/does-not-exist").status()).isEqualTo(404);
    }

    @Test
    void every_step_of_a_proposal_names_each_missing_field_of_an_empty_body() {
        String[][] steps = {
                {"clerk", "/disclosure", "startDate", "place"},
                {"clerk", "/comments", "author", "text", "receivedOn"},
                {"clerk", "/comments/C1/answer", "text"},
                {"council", "/attestations", "nomineeId", "ruleCode", "holds", "note"},
                {"council", "/overrides", "nomineeId", "ruleCode", "reason"},
                {"council", "/votes", "meetingDate", "members", "present", "ballots"},
                {"council", ":return", "reason"},
                {"chairman", "/decision", "outcome", "number", "date"}};
        for (String[] step : steps) {
            ServiceClient official = switch (step[0]) {
                case "clerk" -> communeClerk;
                case "council" -> districtCouncil;
                default -> districtChairman;
            };
            ServiceClient.Reply empty = official.post("/api/v1/proposals/x" + step[1], "{}");

            assertThat(empty.status()).as(step[1] + " " + empty.body()).isEqualTo(400);
            assertThat(empty.contentType()).startsWith("application/problem+json");
            assertThat(empty.errorFields()).as(step[1]).containsExactlyInAnyOrder(
                    Arrays.copyOfRange(step, 2, step.length));
            assertThat(empty.body()).as(step[1]).contains("không được");
        }
    }

    @Test
    void a_query_or_path_value_of_the_wrong_type_is_refused_naming_its_parameter() {
        ServiceClient.Reply status = districtCouncil.get("/api/v1/proposals?status=APPROVED_MAYBE");
        ServiceClient.Reply asOf = communeClerk.get("/api/v1/award-forms?asOf=15-10-2025");
        ServiceClient.Reply kind = communeClerk.get("/api/v1/proposals/x/documents/LETTER");

        for (ServiceClient.Reply refused : new ServiceClient.Reply[] {status, asOf, kind}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(status.errorFields()).containsExactly("status");
        assertThat(asOf.errorFields()).containsExactly("asOf");
        assertThat(kind.errorFields()).containsExactly("kind");
    }

    @Test
    void ballot_counts_beyond_any_council_are_refused_naming_the_field_before_they_could_overflow_a_sum() {
        ServiceClient.Reply overflowing = districtCouncil.post("/api/v1/proposals/x/votes", """
                {"meetingDate": "2025-10-08", "members": 9, "present": 8, "ballots": [
                  {"nomineeId": "N1", "inFavour": 2147483647, "against": 2, "abstain": 0}]}""");

        assertThat(overflowing.status()).as(overflowing.body()).isEqualTo(400);
        assertThat(overflowing.errorFields()).containsExactly("ballots[0].inFavour");
    }

    @Test
    void a_person_is_checked_and_carries_no_national_id() {
        ServiceClient.Reply missing = communeClerk.post("/api/v1/people", "{\"unitCode\": \"04096\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("fullName");

        ServiceClient.Reply unborn = communeClerk.post("/api/v1/people",
                "{\"fullName\": \"Lò Thị Xuân\", \"unitCode\": \"04096\", \"dateOfBirth\": \"2999-01-01\"}");
        assertThat(unborn.status()).isEqualTo(400);
        assertThat(unborn.errorFields()).containsExactly("dateOfBirth");

        ServiceClient.Reply unknownUnit = communeClerk.post("/api/v1/people",
                "{\"fullName\": \"Lò Thị Xuân\", \"unitCode\": \"99999\"}");
        assertThat(unknownUnit.status()).isEqualTo(422);

        ServiceClient.Reply registered = communeClerk.post("/api/v1/people",
                "{\"fullName\": \"Lò  Thị   Xuân\", \"unitCode\": \"04096\", \"position\": \"Trưởng bản\"}");
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().has("nationalId")).isFalse();
        JsonNode found = communeClerk.get("/api/v1/people?unit=04096&q=lo%20thi%20xuan").json();
        assertThat(found.path("items").findValuesAsString("id")).contains(registered.text("id"));
        assertThat(api.as("chiengdong.canbo", "04063", "UNIT_CLERK").get("/api/v1/people/" + registered.text("id"))
                .status()).isEqualTo(404);
    }

    @Test
    void the_budget_needs_an_issuer_and_a_year_and_the_forms_show_their_money() {
        assertThat(api.get("/api/v1/budget?year=2025").errorFields()).containsExactly("issuer");
        assertThat(api.get("/api/v1/budget?issuer=124").errorFields()).containsExactly("year");
        assertThat(api.get("/api/v1/budget?issuer=99999&year=2025").status()).isEqualTo(422);

        JsonNode forms = api.get("/api/v1/award-forms?asOf=2025-10-15").json();
        JsonNode district = null;
        for (JsonNode form : forms) {
            if (form.path("code").asString().equals("GIAY_KHEN_CHU_TICH_UBND_HUYEN")) {
                district = form;
            }
        }
        assertThat(district).isNotNull();
        assertThat(district.path("rewards").path("INDIVIDUAL").path("amount").asLong()).isEqualTo(702_000);
        assertThat(district.path("rewards").path("COLLECTIVE").path("basis").asString()).contains("98/2023/NĐ-CP");
        assertThat(api.get("/api/v1/catalog").body()).contains("Tổng kết giai đoạn", "Hộ gia đình");
    }
}
