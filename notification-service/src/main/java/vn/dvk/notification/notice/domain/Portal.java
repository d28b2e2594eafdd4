package vn.dvk.notification.notice.domain;

/** The address officials open (the portal, {@code DVK_PORTAL_URL}): every message links to its item there. */
public record Portal(String baseUrl) {

    public Portal {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The full address of an item, e.g. {@code http://127.0.0.1:8090/models/<id>}. */
    public String link(String path) {
        return baseUrl + path;
    }
}
