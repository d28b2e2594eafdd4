package vn.dvk.portal.notification.adapter;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dvk.portal.notification.domain.Subscription;
import vn.dvk.portal.notification.domain.SubscriptionDraft;
import vn.dvk.portal.notification.domain.SubscriptionOptions;
import vn.dvk.portal.notification.domain.Subscriptions;
import vn.dvk.portal.shared.adapter.QueryUri;
import vn.dvk.portal.shared.adapter.ServiceApi;
import vn.dvk.portal.shared.adapter.ServiceClients;

/** {@link Subscriptions} on notification-service's {@code /api/v1/subscriptions}. */
@Component
class RestSubscriptions implements Subscriptions {

    private final ServiceApi notification;

    RestSubscriptions(ServiceClients.ServiceApis apis) {
        this.notification = apis.notification();
    }

    /** The list without {@code unit}: the caller's own subscriptions. */
    private record Listed(List<Subscription> items) {
    }

    @Override
    public List<Subscription> own() {
        Listed listed = notification.get(QueryUri.of("/api/v1/subscriptions"), Listed.class);
        return listed == null || listed.items() == null ? List.of() : listed.items();
    }

    @Override
    public SubscriptionOptions options() {
        return notification.get(QueryUri.of("/api/v1/subscriptions/options"), SubscriptionOptions.class);
    }

    @Override
    public Subscription subscribe(SubscriptionDraft draft) {
        return notification.post("/api/v1/subscriptions", draft, Subscription.class);
    }

    @Override
    public void unsubscribe(String id) {
        notification.delete("/api/v1/subscriptions/" + id);
    }
}
