package vn.dvk.notification.subscription.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * An official's wish to hear of some kinds of notice about a unit and everything below it, by some channels. The
 * official ({@code login}) is the one told; {@code createdBy} differs when an administrator set it up for him. The
 * version counts changes.
 */
public record Subscription(String id, String login, String unitCode, String unitPath, Set<NoticeKind> kinds,
                           Set<Channel> channels, boolean digest, Webhook webhook, String createdBy,
                           Instant createdAt, Instant updatedAt, long version) {

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(unitPath, "unitPath");
        kinds = Set.copyOf(kinds);
        channels = Set.copyOf(channels);
    }

    /** A new subscription at version 1, from terms already checked; {@code webhook} is null without that channel. */
    public static Subscription create(String id, String login, SubscriptionTerms terms, String unitPath,
                                      Webhook webhook, String by, Instant at) {
        return new Subscription(id, login, terms.unitCode(), unitPath, terms.kinds(), terms.channels(),
                terms.digest(), terms.wantsWebhook() ? webhook : null, by, at, at, 1);
    }

    /** The same subscription with new terms, one version up. */
    public Subscription change(SubscriptionTerms terms, String newUnitPath, Webhook newWebhook, Instant at) {
        return new Subscription(id, login, terms.unitCode(), newUnitPath, terms.kinds(), terms.channels(),
                terms.digest(), terms.wantsWebhook() ? newWebhook : null, createdBy, createdAt, at, version + 1);
    }

    /** Whether a notice of this kind about the unit at {@code path} is one this subscription asks for. */
    public boolean covers(NoticeKind kind, String path) {
        return kinds.contains(kind) && UnitDirectory.pathIsWithin(path, unitPath);
    }
}
