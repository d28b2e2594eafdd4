package vn.dvk.portal.notification.domain;

/** notification-service's in-app feed of the signed-in official (only his own). */
public interface Notifications {

    Feed feed(int page, int size);

    void markRead(String id);

    void markAllRead();
}
