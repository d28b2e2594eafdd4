package vn.dvk.award.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dvk.award.support.AwardApiTest;
import vn.dvk.award.support.Evidence;
import vn.dvk.award.support.Files;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.testsupport.AccessTable;
import vn.dvk.testsupport.AccessTable.Body;
import vn.dvk.testsupport.ServiceClient;

/**
 * Who may call what on award-service (the Yên Châu instance, 124): every endpoint of its OpenAPI, sent by an official
 * of each role from the commune that proposes (Lóng Phiêng, 04096), a sibling commune (Chiềng Đông, 04063), the
 * district that issues the Giấy khen (124), the province above the instance (14), another district outside it (Mai
 * Sơn, 125), and without a token. Clerks (and admins, for the person registry) write for their subtree; the clerk or
 * a council publishes the list and records and answers comments; only the issuing unit's council attests, overrides,
 * votes and returns, only its chairman decides (a council or chairman of another unit that sees the proposal gets
 * 403, one that does not see it 404); everyone reads within his subtree: a sibling's or another district's proposal
 * or person is not found, and lists and budgets of a unit outside the caller's subtree are refused.
 */
class AwardAccessTableTest extends AwardApiTest {

    /**
     * Rows run in this order; the audit log comes first, as the requests of later rows name other subtrees' records.
     * Where the clerk's write succeeds, the later column of the same unit that may also write meets the changed record:
     * the admin's correction of a person the clerk corrected carries a stale version (409), a council publishing a
     * list the clerk published finds it already public (409).
     */
    private static final String TABLE = """
            | request                                                              | unit  | none | CLERK | STEERING | COUNCIL | CHAIRMAN | VIEWER | ADMIN | AUDITOR |
            |----------------------------------------------------------------------|-------|------|-------|----------|---------|----------|--------|-------|---------|
            | GET /api/v1/audit                                                    | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit                                                    | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit                                                    | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/audit/verification                                       | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit/verification                                       | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/catalog                                                  | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/catalog                                                  | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/award-forms                                              | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/award-forms?asOf=2025-10-15                              | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/award-catalogue                                          | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/award-catalogue                                          | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | POST /api/v1/people <person-04096>                                   | 04096 | 401  | 201   | 403      | 403     | 403      | 403    | 201   | 403     |
            | POST /api/v1/people <person-04096>                                   | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/people <person-04096>                                   | 124   | 401  | 201   | 403      | 403     | 403      | 403    | 201   | 403     |
            | POST /api/v1/people <person-04096>                                   | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/people?unit=04096                                        | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/people?unit=04096                                        | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/people?unit=04096                                        | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/people?unit=04096                                        | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/people                                                   | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/people                                                   | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/people/${person-04096}                                   | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/people/${person-04096}                                   | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/people/${person-04096}                                   | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/people/${person-04096}                                   | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | PUT /api/v1/people/${person-04096} <person-edit>                     | 04063 | 401  | 404   | 403      | 403     | 403      | 403    | 404   | 403     |
            | PUT /api/v1/people/${person-04096} <person-edit>                     | 125   | 401  | 404   | 403      | 403     | 403      | 403    | 404   | 403     |
            | PUT /api/v1/people/${person-04096} <person-edit>                     | 04096 | 401  | 200   | 403      | 403     | 403      | 403    | 409   | 403     |
            | POST /api/v1/proposals <proposal-04096>                              | 04096 | 401  | 201   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals <proposal-04096>                              | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals <proposal-04096>                              | 124   | 401  | 201   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals <proposal-04096>                              | 14    | 401  | 201   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals <proposal-04096>                              | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/proposals?unit=04096                                     | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals?unit=04096                                     | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/proposals?unit=04096                                     | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals?unit=04096                                     | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/proposals?issuingUnitCode=124                            | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals                                                | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${review-04096}                                | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${review-04096}                                | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/proposals/${review-04096}                                | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${review-04096}                                | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${review-04096}                                | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/proposals/${missing}                                     | 124   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/proposals/${review-04096}/history                        | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${review-04096}/history                        | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/proposals/${review-04096}/history                        | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${review-04096}/history                        | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | POST /api/v1/proposals/${draft-04096}/documents?kind=PROPOSAL_LETTER <letter> | 04063 | 401 | 404 | 403 | 403  | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${draft-04096}/documents?kind=PROPOSAL_LETTER <letter> | 125   | 401 | 404 | 403 | 403  | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${draft-04096}/documents?kind=PROPOSAL_LETTER <letter> | 04096 | 401 | 200 | 403 | 403  | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${draft-04096}/documents?kind=PROPOSAL_LETTER <letter> | 124   | 401 | 200 | 403 | 403  | 403      | 403    | 403   | 403     |
            | GET /api/v1/proposals/${review-04096}/documents/${letter}            | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${review-04096}/documents/${letter}            | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/proposals/${review-04096}/documents/${letter}            | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${review-04096}/documents/${letter}            | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | POST /api/v1/proposals/${complete-04096}:submit                      | 04063 | 401  | 404   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${complete-04096}:submit                      | 125   | 401  | 404   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${complete-04096}:submit                      | 04096 | 401  | 200   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${draft-04096}:submit                         | 124   | 401  | 409   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${unpublished-04096}/disclosure <disclosure>  | 04063 | 401  | 404   | 403      | 404     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${unpublished-04096}/disclosure <disclosure>  | 125   | 401  | 404   | 403      | 404     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${unpublished-04096}/disclosure <disclosure>  | 04096 | 401  | 200   | 403      | 409     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${unpublished-124}/disclosure <disclosure>    | 124   | 401  | 200   | 403      | 409     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/comments <comment>            | 04063 | 401  | 404   | 403      | 404     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/comments <comment>            | 125   | 401  | 404   | 403      | 404     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/comments <comment>            | 04096 | 401  | 200   | 403      | 200     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/comments <comment>            | 124   | 401  | 200   | 403      | 200     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/comments/${comment}/answer <answer> | 04063 | 401 | 404 | 403  | 404     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/comments/${comment}/answer <answer> | 125   | 401 | 404 | 403  | 404     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/comments/${comment}/answer <answer> | 04096 | 401 | 200 | 403  | 200     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/comments/${comment}/answer <answer> | 124   | 401 | 200 | 403  | 200     | 403      | 403    | 403   | 403     |
            | GET /api/v1/proposals/${review-04096}/eligibility                    | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${review-04096}/eligibility                    | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/proposals/${review-04096}/eligibility                    | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${review-04096}/eligibility                    | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | POST /api/v1/proposals/${review-04096}/attestations <attestation>    | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/attestations <attestation>    | 04063 | 401  | 403   | 403      | 404     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/attestations <attestation>    | 125   | 401  | 403   | 403      | 404     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/attestations <attestation>    | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/attestations <attestation>    | 124   | 401  | 403   | 403      | 200     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/overrides <override>          | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/overrides <override>          | 04063 | 401  | 403   | 403      | 404     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/overrides <override>          | 125   | 401  | 403   | 403      | 404     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/overrides <override>          | 124   | 401  | 403   | 403      | 200     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/votes <vote>                  | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/votes <vote>                  | 04063 | 401  | 403   | 403      | 404     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/votes <vote>                  | 125   | 401  | 403   | 403      | 404     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/votes <vote>                  | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${review-04096}/votes <vote>                  | 124   | 401  | 403   | 403      | 200     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${returned-04096}:return <return>             | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${returned-04096}:return <return>             | 04063 | 401  | 403   | 403      | 404     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${returned-04096}:return <return>             | 125   | 401  | 403   | 403      | 404     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${returned-04096}:return <return>             | 124   | 401  | 403   | 403      | 200     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${declined-04096}/decision <decline>          | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${declined-04096}/decision <decline>          | 04063 | 401  | 403   | 403      | 403     | 404      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${declined-04096}/decision <decline>          | 125   | 401  | 403   | 403      | 403     | 404      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${declined-04096}/decision <decline>          | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/proposals/${declined-04096}/decision <decline>          | 124   | 401  | 403   | 403      | 403     | 200      | 403    | 403   | 403     |
            | GET /api/v1/proposals/${granted-04096}/decision.docx                 | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${granted-04096}/decision.docx                 | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/proposals/${granted-04096}/decision.docx                 | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${granted-04096}/decision.docx                 | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/proposals/${granted-04096}/certificates/${nominee}.pdf   | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${granted-04096}/certificates/${nominee}.pdf   | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/proposals/${granted-04096}/certificates/${nominee}.pdf   | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${granted-04096}/certificates/${nominee}.pdf   | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/proposals/${review-04096}/certificates/${nominee}.pdf    | 124   | 401  | 409   | 409      | 409     | 409      | 409    | 409   | 409     |
            | GET /api/v1/proposals/${granted-04096}/summary.xlsx                  | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${granted-04096}/summary.xlsx                  | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/proposals/${granted-04096}/summary.xlsx                  | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/proposals/${granted-04096}/summary.xlsx                  | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/budget?issuer=124&year=2026                              | 124   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/budget?issuer=124&year=2026                              | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/budget?issuer=124&year=2026                              | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/budget?issuer=124&year=2026                              | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/budget?issuer=04096&year=2026                            | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/budget?issuer=04096&year=2026                            | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            """;

    private static final String PROPOSAL = """
            {"campaignId": "${campaign}", "occasion": "YEARLY", "year": 2025,
             "formCode": "GIAY_KHEN_CHU_TICH_UBND_HUYEN", "proposingUnitCode": "04096",
             "nominees": [{"recipientType": "COLLECTIVE", "unitCode": "04096"}]}""";
    private static final String PERSON = """
            {"fullName": "Lò Văn Quyền", "dateOfBirth": "1980-03-04", "unitCode": "04096",
             "position": "Trưởng bản", "household": "Gia đình ông Lò Văn Quyền"}""";
    private static final String DISCLOSURE = """
            {"startDate": "2025-10-01", "place": "Nhà văn hóa xã Lóng Phiêng"}""";
    private static final String COMMENT = """
            {"author": "Bà Lò Thị Xuân", "text": "Đồng ý với danh sách", "receivedOn": "2025-10-03"}""";
    private static final String VOTE = """
            {"meetingDate": "2025-10-08", "members": 9, "present": 8, "secretBallot": true,
             "ballots": [{"nomineeId": "N1", "inFavour": 7, "against": 1, "abstain": 0}]}""";

    private static final Map<String, Body> BODIES = Map.ofEntries(
            Map.entry("person-04096", Body.json(PERSON)),
            Map.entry("person-edit", Body.json(PERSON.replace("Trưởng bản", "Bí thư chi bộ"))
                    .header("If-Match", "\"1\"")),
            Map.entry("proposal-04096", Body.json(PROPOSAL)),
            Map.entry("letter", Body.file("to-trinh.pdf", Files.pdf(), "application/pdf")),
            Map.entry("disclosure", Body.json(DISCLOSURE)),
            Map.entry("comment", Body.json(COMMENT)),
            Map.entry("answer", Body.json("{\"text\": \"Hội đồng ghi nhận\"}")),
            Map.entry("attestation", Body.json(judgement("SOLIDARITY_DEMOCRACY"))),
            Map.entry("override", Body.json(override("MODEL_RECOGNIZED"))),
            Map.entry("vote", Body.json(VOTE)),
            Map.entry("return", Body.json("{\"reason\": \"Bổ sung báo cáo thành tích có xác nhận\"}")),
            Map.entry("decline", Body.json("""
                    {"outcome": "DECLINED", "number": "992/QĐ-UBND", "date": "2025-10-20",
                     "reason": "Chưa đủ thành tích"}""")));

    @Autowired
    CurrentUnitDirectory directory;

    private static String judgement(String ruleCode) {
        return """
                {"nomineeId": "N1", "ruleCode": "%s", "holds": true, "note": "Biên bản kiểm tra ngày 20/9/2025"}"""
                .formatted(ruleCode);
    }

    private static String override(String ruleCode) {
        return """
                {"nomineeId": "N1", "ruleCode": "%s", "reason": "Hội đồng xét thành tích thực tế của đơn vị"}"""
                .formatted(ruleCode);
    }

    private static ServiceClient.Reply succeeded(ServiceClient.Reply reply) {
        assertThat(reply.status() / 100).as(reply.body()).isEqualTo(2);
        return reply;
    }

    /** A draft of Lóng Phiêng for the district's Giấy khen, created once the campaign has arrived. */
    private String draft(String campaign) {
        String body = PROPOSAL.replace("${campaign}", campaign);
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> communeClerk.post("/api/v1/proposals", body), reply -> reply.status() == 201).text("id");
    }

    private String withDossier(String id) {
        succeeded(communeClerk.postFile("/api/v1/proposals/" + id + "/documents?kind=PROPOSAL_LETTER",
                "to-trinh.pdf", Files.pdf(), "application/pdf"));
        succeeded(communeClerk.postFile("/api/v1/proposals/" + id + "/documents?kind=COUNCIL_MINUTES",
                "bien-ban.docx", Files.docx(), "application/octet-stream"));
        succeeded(communeClerk.postFile("/api/v1/proposals/" + id + "/documents?kind=ACHIEVEMENT_REPORT",
                "bao-cao.xlsx", Files.xlsx(), "application/octet-stream"));
        return id;
    }

    private String submitted(String campaign) {
        String id = withDossier(draft(campaign));
        succeeded(communeClerk.post("/api/v1/proposals/" + id + ":submit", ""));
        return id;
    }

    private String published(String campaign) {
        String id = submitted(campaign);
        succeeded(communeClerk.post("/api/v1/proposals/" + id + "/disclosure", DISCLOSURE));
        return id;
    }

    /**
     * Through the whole flow: every judgement attested, every failing rule overridden, voted and granted, on a date
     * of 2026 so that the district's 2025 budget, which the flow test adds up, holds only that test's grants.
     */
    private String granted(String campaign) {
        String id = published(campaign);
        JsonNode sheets = succeeded(districtCouncil.get("/api/v1/proposals/" + id + "/eligibility")).json();
        for (JsonNode line : sheets.get(0).path("lines")) {
            String rule = line.path("result").path("code").asString();
            switch (line.path("result").path("outcome").asString()) {
                case "NEEDS_JUDGEMENT" -> succeeded(districtCouncil.post("/api/v1/proposals/" + id
                        + "/attestations", judgement(rule)));
                case "FAIL", "MISSING_EVIDENCE" -> succeeded(districtCouncil.post("/api/v1/proposals/" + id
                        + "/overrides", override(rule)));
                default -> {
                }
            }
        }
        succeeded(districtCouncil.post("/api/v1/proposals/" + id + "/votes", VOTE));
        succeeded(districtChairman.post("/api/v1/proposals/" + id + "/decision", """
                {"outcome": "GRANTED", "number": "991/QĐ-UBND", "date": "2026-01-15"}"""));
        return id;
    }

    /** A campaign of the district, persons and proposals of Lóng Phiêng in each state, and a person of Chiềng Đông. */
    private AccessTable.Fixtures prepare() {
        String run = UUID.randomUUID().toString();
        String campaign = Evidence.yenChauCampaign();
        String review = published(campaign);
        succeeded(communeClerk.post("/api/v1/proposals/" + review + "/comments", COMMENT));
        String unpublishedOf124 = submitted(campaign);
        return new AccessTable.Fixtures()
                .reference("campaign", campaign, "14/124")
                .fact("person-04096", succeeded(communeClerk.post("/api/v1/people", PERSON)).text("id"),
                        "14/124/04096")
                .fact("person-04063", succeeded(api.as("chiengdong.canbo", "04063", "UNIT_CLERK")
                        .post("/api/v1/people", PERSON.replace("04096", "04063"))).text("id"), "14/124/04063")
                .fact("draft-04096", draft(campaign), "14/124/04096")
                .fact("complete-04096", withDossier(draft(campaign)), "14/124/04096")
                .fact("unpublished-04096", submitted(campaign), "14/124/04096")
                .fact("unpublished-124", unpublishedOf124, "14/124/04096")
                .fact("review-04096", review, "14/124/04096")
                .fact("returned-04096", submitted(campaign), "14/124/04096")
                .fact("declined-04096", submitted(campaign), "14/124/04096")
                .fact("granted-04096", granted(campaign), "14/124/04096")
                .value("letter", "PROPOSAL_LETTER")
                .value("comment", "C1")
                .value("nominee", "N1")
                .value("missing", "acl-missing-" + run);
    }

    @Test
    void every_endpoint_answers_each_role_of_each_unit_as_the_table_says_and_leaks_nothing() {
        AccessTable table = AccessTable.parse(TABLE).assertCovers(api);
        AccessTable.Fixtures fixtures = prepare();

        table.assertAnswers(api, fixtures, BODIES, code -> directory.get().pathOf(code).orElseThrow());

        assertThat(table.cases()).isGreaterThanOrEqualTo(800);
    }
}
