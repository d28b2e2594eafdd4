package vn.dvk.notification.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvk.notification.delivery.domain.Deliveries;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryStatus;
import vn.dvk.notification.delivery.domain.Recipient;
import vn.dvk.notification.feed.domain.Feed;
import vn.dvk.notification.feed.domain.FeedItem;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.notification.support.NotificationApiTest;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.testsupport.AccessTable;
import vn.dvk.testsupport.AccessTable.Body;
import vn.dvk.testsupport.ServiceClient;

/**
 * Who may call what on notification-service (the province instance, 14): every endpoint of its OpenAPI, sent by an
 * official of each role from the commune the data is about (Lóng Phiêng, 04096), a sibling commune (Chiềng Đông,
 * 04063), its district (Yên Châu, 124), the province (14), another district (Mai Sơn, 125), and without a token.
 * Everyone reads his own feed and manages his own subscriptions; another official's feed item or subscription is not
 * found; the delivery log, failed messages and resending, and other officials' subscriptions are for administrators of
 * the subtree the message or subscription is about, and are not found from another subtree.
 */
class NotificationAccessTableTest extends NotificationApiTest {

    /** Rows run in this order: each change and removal succeeds once, in the row of the unit allowed to make it. */
    private static final String TABLE = """
            | request                                                          | unit  | none | CLERK | STEERING | COUNCIL | CHAIRMAN | VIEWER | ADMIN | AUDITOR |
            |------------------------------------------------------------------|-------|------|-------|----------|---------|----------|--------|-------|---------|
            | GET /api/v1/audit                                                | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit                                                | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit/verification                                   | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/audit/verification                                   | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 200     |
            | GET /api/v1/catalog                                              | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/catalog                                              | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/notifications                                        | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/notifications                                        | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | POST /api/v1/notifications/${feed-item-04096}/read               | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | POST /api/v1/notifications/${feed-item-04096}/read               | 124   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | POST /api/v1/notifications/${feed-item-04096}/read               | 04096 | 401  | 204   | 404      | 404     | 404      | 404    | 404   | 404     |
            | POST /api/v1/notifications/read                                  | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | POST /api/v1/notifications/read                                  | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/notifications/stream                                 | 04063 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/notifications/stream                                 | 14    | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/notifications/deliveries                             | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/notifications/deliveries                             | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/notifications/deliveries?unit=04096                  | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/notifications/deliveries?unit=04096                  | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/notifications/deliveries/${delivery-04096}           | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/notifications/deliveries/${delivery-04096}           | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 404   | 403     |
            | GET /api/v1/notifications/deliveries/${delivery-04096}           | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/notifications/deliveries/${delivery-04096}           | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 404   | 403     |
            | GET /api/v1/notifications/failed                                 | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/notifications/failed                                 | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/notifications/failed?unit=04096                      | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/notifications/failed?unit=04096                      | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/notifications/failed/${failed-04096}/resend         | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 404   | 403     |
            | POST /api/v1/notifications/failed/${failed-04096}/resend         | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 404   | 403     |
            | POST /api/v1/notifications/failed/${failed-04096}/resend         | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | POST /api/v1/notifications/failed/${failed-04096}/resend         | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 409   | 403     |
            | GET /api/v1/subscriptions                                        | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/subscriptions                                        | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/subscriptions?unit=04096                             | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/subscriptions?unit=04096                             | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/subscriptions?unit=04096                             | 14    | 401  | 403   | 403      | 403     | 403      | 403    | 200   | 403     |
            | GET /api/v1/subscriptions?unit=04096                             | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | GET /api/v1/subscriptions/options                                | 04096 | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | GET /api/v1/subscriptions/options                                | 125   | 401  | 200   | 200      | 200     | 200      | 200    | 200   | 200     |
            | POST /api/v1/subscriptions <own-04096>                           | 04096 | 401  | 201   | 201      | 201     | 201      | 201    | 201   | 201     |
            | POST /api/v1/subscriptions <own-04096>                           | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/subscriptions <own-04096>                           | 124   | 401  | 201   | 201      | 201     | 201      | 201    | 201   | 201     |
            | POST /api/v1/subscriptions <own-04096>                           | 125   | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/subscriptions <owner-04096>                         | 04096 | 401  | 403   | 403      | 403     | 403      | 403    | 201   | 403     |
            | POST /api/v1/subscriptions <owner-04096>                         | 04063 | 401  | 403   | 403      | 403     | 403      | 403    | 403   | 403     |
            | POST /api/v1/subscriptions <owner-04096>                         | 124   | 401  | 403   | 403      | 403     | 403      | 403    | 201   | 403     |
            | GET /api/v1/subscriptions/${subscription-04096}                  | 04096 | 401  | 404   | 404      | 404     | 404      | 404    | 200   | 404     |
            | GET /api/v1/subscriptions/${subscription-04096}                  | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | GET /api/v1/subscriptions/${subscription-04096}                  | 124   | 401  | 404   | 404      | 404     | 404      | 404    | 200   | 404     |
            | GET /api/v1/subscriptions/${subscription-04096}                  | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | PUT /api/v1/subscriptions/${changed-04096} <change-04096>        | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | PUT /api/v1/subscriptions/${changed-04096} <change-04096>        | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | PUT /api/v1/subscriptions/${changed-04096} <change-04096>        | 04096 | 401  | 404   | 404      | 404     | 404      | 404    | 200   | 404     |
            | DELETE /api/v1/subscriptions/${removed-04096}                    | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | DELETE /api/v1/subscriptions/${removed-04096}                    | 125   | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
            | DELETE /api/v1/subscriptions/${removed-04096}                    | 124   | 401  | 404   | 404      | 404     | 404      | 404    | 204   | 404     |
            """;

    @Autowired
    private Feed feed;

    @Autowired
    private Deliveries deliveries;

    private static String subscription(String login, String unitCode) {
        return """
                {%s"unitCode": "%s", "kinds": ["MODEL_REGISTERED"], "channels": ["IN_APP"]}"""
                .formatted(login == null ? "" : "\"login\": \"" + login + "\", ", unitCode);
    }

    /** The id a creating request answered with. */
    private static String created(ServiceClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.text("id");
    }

    /**
     * A commune clerk known to the service with three subscriptions of his own; the Lóng Phiêng clerk's column has an
     * unread feed item; a message about Lóng Phiêng failed after its last retry.
     */
    private AccessTable.Fixtures prepare(Official owner) {
        String run = UUID.randomUUID().toString();
        ServiceClient ownerApi = as(owner);
        String feedItem = "acl-feed-" + run;
        Instant now = Instant.now();
        feed.addNew(List.of(new FeedItem(feedItem, "acl.clerk.04096", NoticeKind.MODEL_REGISTERED,
                "Mô hình mới đăng ký", "Bảng quyền truy cập", "/models/acl", "14/124/04096", "acl-event-" + run, false,
                now, null)));
        String failed = "acl-failed-" + run;
        deliveries.addNew(List.of(new Delivery(failed, "acl-event-" + run, NoticeKind.MODEL_REGISTERED,
                Channel.EMAIL, Recipient.official(owner.login(), owner.displayName(), owner.email()),
                "14/124/04096", "Mô hình mới đăng ký", "Bảng quyền truy cập", "/models/acl", null, List.of(),
                DeliveryStatus.FAILED, List.of(), 3, null, null, now, now, null, 1)));
        return new AccessTable.Fixtures()
                .fact("feed-item-04096", feedItem, "14/124/04096")
                .fact("delivery-04096", failed, "14/124/04096")
                .fact("failed-04096", failed, "14/124/04096")
                .fact("subscription-04096", created(ownerApi.post("/api/v1/subscriptions",
                        subscription(null, "04096"))), "14/124/04096")
                .fact("changed-04096", created(ownerApi.post("/api/v1/subscriptions",
                        subscription(null, "04096"))), "14/124/04096")
                .fact("removed-04096", created(ownerApi.post("/api/v1/subscriptions",
                        subscription(null, "04096"))), "14/124/04096")
                .value("owner", owner.login());
    }

    @Test
    void every_endpoint_answers_each_role_of_each_unit_as_the_table_says_and_leaks_nothing() {
        AccessTable table = AccessTable.parse(TABLE).assertCovers(api);
        Official owner = announced("acl.owner", "04096", Role.UNIT_CLERK);
        AccessTable.Fixtures fixtures = prepare(owner);
        Map<String, Body> bodies = Map.of(
                "own-04096", Body.json(subscription(null, "04096")),
                "owner-04096", Body.json(subscription("${owner}", "04096")),
                "change-04096", Body.json(subscription(null, "04096")).header("If-Match", "1"));

        table.assertAnswers(api, fixtures, bodies, DemoUnits::pathOf);

        assertThat(table.cases()).isGreaterThanOrEqualTo(300);
    }
}
