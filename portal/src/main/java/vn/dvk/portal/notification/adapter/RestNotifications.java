package vn.dvk.portal.notification.adapter;

import org.springframework.stereotype.Component;
import vn.dvk.portal.notification.domain.Feed;
import vn.dvk.portal.notification.domain.Notifications;
import vn.dvk.portal.shared.adapter.QueryUri;
import vn.dvk.portal.shared.adapter.ServiceApi;
import vn.dvk.portal.shared.adapter.ServiceClients;

/** {@link Notifications} on notification-service's {@code /api/v1/notifications}. */
@Component
class RestNotifications implements Notifications {

    private final ServiceApi notification;

    RestNotifications(ServiceClients.ServiceApis apis) {
        this.notification = apis.notification();
    }

    @Override
    public Feed feed(int page, int size) {
        return notification.get(QueryUri.of("/api/v1/notifications").param("page", page).param("size", size),
                Feed.class);
    }

    @Override
    public void markRead(String id) {
        notification.post("/api/v1/notifications/" + id + "/read", null, Void.class);
    }

    @Override
    public void markAllRead() {
        notification.post("/api/v1/notifications/read", null, java.util.Map.class);
    }
}
