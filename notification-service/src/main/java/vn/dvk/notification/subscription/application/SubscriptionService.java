package vn.dvk.notification.subscription.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dvk.notification.official.application.OfficialDirectory;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.subscription.domain.Subscription;
import vn.dvk.notification.subscription.domain.SubscriptionPage;
import vn.dvk.notification.subscription.domain.SubscriptionTerms;
import vn.dvk.notification.subscription.domain.Subscriptions;
import vn.dvk.notification.subscription.domain.Webhook;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.scope.UnitSelection;

/**
 * Who is told what, as officials choose it: every official manages his own subscriptions on units of his subtree; an
 * administrator also those of the officials of his subtree, and only he sets up webhooks, which send notices out of
 * the system. A unit outside the caller's subtree (or the instance's) is refused, as is an official outside it.
 */
@Service
public class SubscriptionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Subscriptions subscriptions;
    private final OfficialDirectory officials;
    private final InstanceScope scope;
    private final Clock clock;

    public SubscriptionService(Subscriptions subscriptions, OfficialDirectory officials, InstanceScope scope,
                               Clock clock) {
        this.subscriptions = subscriptions;
        this.officials = officials;
        this.scope = scope;
        this.clock = clock;
    }

    /** A stored subscription and, when this change generated the webhook's secret, that secret (shown only once). */
    public record Saved(Subscription subscription, String generatedSecret) {
    }

    /** Subscribes {@code login} (the caller himself when null) on the terms given. */
    public Saved create(Caller caller, String login, SubscriptionTerms terms) {
        terms.check();
        String owner = login == null || login.isBlank() ? caller.login() : login.strip();
        String unitPath = permitted(caller, owner, terms);
        String generated = terms.wantsWebhook() && terms.webhookSecret() == null ? newSecret() : null;
        Webhook webhook = terms.wantsWebhook() ? new Webhook(terms.webhookUrl(),
                generated == null ? terms.webhookSecret() : generated) : null;
        Subscription created = Subscription.create(ResourceIds.next(), owner, terms, unitPath, webhook,
                caller.signature(), clock.instant());
        subscriptions.add(created);
        return new Saved(created, generated);
    }

    /**
     * New terms for a subscription at {@code expectedVersion}; a webhook keeps its secret unless a new one is given.
     */
    public Saved change(Caller caller, String id, long expectedVersion, SubscriptionTerms terms) {
        Subscription current = get(caller, id);
        if (current.version() != expectedVersion) {
            throw new StaleVersion(id, expectedVersion);
        }
        terms.check();
        String unitPath = permitted(caller, current.login(), terms);
        String kept = current.webhook() == null ? null : current.webhook().secret();
        String secret = terms.webhookSecret() != null ? terms.webhookSecret() : kept;
        String generated = terms.wantsWebhook() && secret == null ? newSecret() : null;
        Webhook webhook = terms.wantsWebhook() ? new Webhook(terms.webhookUrl(), generated == null ? secret
                : generated) : null;
        Subscription changed = current.change(terms, unitPath, webhook, clock.instant());
        subscriptions.replace(changed);
        return new Saved(changed, generated);
    }

    public void delete(Caller caller, String id) {
        subscriptions.remove(get(caller, id).id());
    }

    /** One of the caller's own subscriptions, or, for an administrator, one in his subtree; 404 otherwise. */
    public Subscription get(Caller caller, String id) {
        return subscriptions.find(id)
                .filter(subscription -> subscription.login().equals(caller.login()) || caller.has(Role.ADMIN))
                .orElseThrow(() -> Rejection.notFound("đăng ký nhận thông báo", id));
    }

    /** The caller's own subscriptions. */
    public List<Subscription> own(Caller caller) {
        String visible = scope.visiblePath().orElseThrow(() -> Rejection.outOfScope("outside-your-unit", null,
                "Đơn vị của bạn nằm ngoài phạm vi quản lý của phiên bản này (" + scope.code() + ")."));
        return subscriptions.ownedBy(caller.login(), visible);
    }

    /** Every subscription on units of a subtree, for its administrator. */
    public SubscriptionPage within(Caller caller, UnitSelection unit, int page, int size) {
        requireAdmin(caller, "unit", "Chỉ quản trị hệ thống xem được đăng ký của người khác.");
        return subscriptions.within(unit.path(), page, size);
    }

    /**
     * The path of the terms' unit, once the caller may subscribe {@code owner} to it: the unit is in the caller's
     * subtree; someone else is subscribed only by an administrator, and only to a unit of that official's own
     * subtree; a webhook only by an administrator.
     */
    private String permitted(Caller caller, String owner, SubscriptionTerms terms) {
        String unitPath = scope.pathOf(scope.requireWritable("unitCode", terms.unitCode()).code());
        if (terms.wantsWebhook()) {
            requireAdmin(caller, "channels", "Chỉ quản trị hệ thống được thiết lập webhook gửi thông báo ra hệ"
                    + " thống khác.");
        }
        if (!owner.equals(caller.login())) {
            requireAdmin(caller, "login", "Chỉ quản trị hệ thống được đăng ký nhận thông báo cho cán bộ khác.");
            Official official = officials.find(owner).orElseThrow(() -> Rejection.unprocessable("unknown-official",
                    "login", "Không có cán bộ có tên đăng nhập '" + owner + "'."));
            scope.requireWritable("login", official.unitCode());
            if (!official.oversees(unitPath)) {
                throw Rejection.outOfScope("outside-official-unit", "unitCode", "Đơn vị '" + terms.unitCode()
                        + "' nằm ngoài phạm vi đơn vị của cán bộ '" + owner + "' (" + official.unitCode() + ").");
            }
        }
        return unitPath;
    }

    private static void requireAdmin(Caller caller, String field, String message) {
        if (!caller.has(Role.ADMIN)) {
            throw Rejection.outOfScope("forbidden-role", field, message);
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
