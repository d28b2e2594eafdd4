package vn.dvk.notification.delivery.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.Topics;
import vn.dvk.notification.notice.application.AwardFacts;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.support.NotificationApiTest;
import vn.dvk.notification.support.TestMail;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.testsupport.TopicProbe;

/**
 * award-service's events, hand-made as it publishes them (every field of its payload, most of which this service
 * does not read), reach the council and the proposing unit's clerks.
 */
class AwardNoticesIntegrationTest extends NotificationApiTest {

    private static void publish(EventType<?> type, String proposalId, String unitPath, String json) {
        TopicProbe.send(Topics.AWARD, CloudEvent.of(type, "/dvk/award-service", proposalId, unitPath, 1), json);
    }

    @Test
    void a_proposal_submitted_to_the_district_reaches_its_council_by_mail_and_in_the_feed() throws Exception {
        Official council = announced("maison.hoidong", "125", Role.COUNCIL_MEMBER);
        String proposalId = "p-" + council.login();

        publish(AwardFacts.PROPOSAL_SUBMITTED, proposalId, "14/125/04114", """
                {"proposalId": "%s", "campaignId": "c-2022", "occasion": "YEAR_END", "year": 2022,
                 "formCode": "GK_UBND_HUYEN", "formKind": "CERTIFICATE_OF_MERIT", "issuingUnitCode": "125",
                 "issuingUnitPath": "14/125", "proposingUnitCode": "04114", "proposingUnitPath": "14/125/04114",
                 "nominees": [{"nomineeId": "n-1", "recipientType": "HOUSEHOLD", "name": "Hộ bà Lò Thị Xuân",
                               "unitCode": "04114", "unitPath": "14/125/04114", "personId": "per-1",
                               "modelIds": ["m-1"]}],
                 "submittedBy": "chiengchan.canbo", "occurredAt": "2022-11-20T02:00:00Z"}""".formatted(proposalId));

        eventually().until(() -> TestMail.to(council.email()).size() == 1);
        MimeMessage mail = TestMail.to(council.email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Hồ sơ đề nghị khen thưởng mới: Xã Chiềng Chăn");
        JsonNode item = as(council).get("/api/v1/notifications").json().path("items").get(0);
        assertThat(item.path("type").asString()).isEqualTo("PROPOSAL_SUBMITTED");
        assertThat(item.path("body").asString()).contains("- Hộ bà Lò Thị Xuân");
        assertThat(item.path("link").asString()).isEqualTo("http://127.0.0.1:8090/proposals/" + proposalId);
    }

    @Test
    void a_proposal_returned_by_the_council_reaches_the_proposing_units_clerk_with_the_reason() {
        Official clerk = announced("chiengsung.canbo", "04108", Role.UNIT_CLERK);
        String proposalId = "p-" + clerk.login();

        publish(AwardFacts.PROPOSAL_RETURNED, proposalId, "14/125/04108", """
                {"proposalId": "%s", "proposingUnitCode": "04108", "proposingUnitPath": "14/125/04108",
                 "issuingUnitCode": "125", "reason": "Thiếu biên bản họp bình xét", "decisionNumber": null,
                 "decisionDate": null, "returnedBy": "maison.hoidong", "occurredAt": "2022-11-25T02:00:00Z"}"""
                .formatted(proposalId));

        eventually().until(() -> as(clerk).get("/api/v1/notifications").json().path("total").asLong() == 1);
        JsonNode item = as(clerk).get("/api/v1/notifications").json().path("items").get(0);
        assertThat(item.path("type").asString()).isEqualTo("PROPOSAL_RETURNED");
        assertThat(item.path("body").asString()).contains("Lý do: Thiếu biên bản họp bình xét");
    }
}
