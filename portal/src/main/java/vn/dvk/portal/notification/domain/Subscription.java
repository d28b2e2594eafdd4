package vn.dvk.portal.notification.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** What an official is told about one unit's subtree: which kinds of notice, through which channels. */
public record Subscription(String id, String login, String unitCode, Set<String> kinds, Set<String> channels,
                           boolean digest, String webhookUrl, Instant createdAt, long version) {

    public Subscription {
        kinds = sorted(kinds);
        channels = sorted(channels);
    }

    /** In the order of their codes, as the service lists them, so that a page shows them the same way each time. */
    private static Set<String> sorted(Set<String> codes) {
        return codes == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(codes));
    }
}
