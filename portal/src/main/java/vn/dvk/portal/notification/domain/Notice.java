package vn.dvk.portal.notification.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * One item of an official's in-app feed. Its {@code link} is the portal address notification-service was told
 * ({@code http://127.0.0.1:8090/proposals/p-1}); the portal opens its path on whatever address it is reached at.
 */
public record Notice(String id, String type, String title, String body, String link, boolean read,
                     Instant createdAt) {

    /** The page the notice is about, as a path of this portal; empty when the link names none. */
    public Optional<String> portalPath() {
        return portalPathOf(link);
    }

    /** The path (and query) of a portal link; empty for no link, an unreadable one, or one naming another site. */
    public static Optional<String> portalPathOf(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(link.strip());
            String path = uri.getRawPath();
            // Only a path of this site: never "//host", which a browser would read as another site.
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
