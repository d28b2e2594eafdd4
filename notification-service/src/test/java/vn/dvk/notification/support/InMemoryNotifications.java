package vn.dvk.notification.support;

import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.platform.unit.domain.UnitDirectory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dvk.notification.delivery.application.Audiences;
import vn.dvk.notification.delivery.application.DeliveryAttempts;
import vn.dvk.notification.delivery.application.DeliveryLog;
import vn.dvk.notification.delivery.application.DeliverySweep;
import vn.dvk.notification.delivery.application.SweepSchedule;
import vn.dvk.notification.delivery.application.Digests;
import vn.dvk.notification.delivery.application.Notifier;
import vn.dvk.notification.delivery.domain.RetryPolicy;
import vn.dvk.notification.fakes.InMemoryDeliveries;
import vn.dvk.notification.fakes.InMemoryFeed;
import vn.dvk.notification.fakes.InMemoryOfficials;
import vn.dvk.notification.fakes.InMemorySubscriptions;
import vn.dvk.notification.fakes.RecordingLiveFeed;
import vn.dvk.notification.fakes.RecordingQueue;
import vn.dvk.notification.fakes.ScriptedCourier;
import vn.dvk.notification.feed.application.FeedService;
import vn.dvk.notification.notice.application.Announcements;
import vn.dvk.notification.notice.domain.Portal;
import vn.dvk.notification.official.application.OfficialDirectory;
import vn.dvk.notification.subscription.domain.Channel;

/**
 * The application services wired to in-memory ports, with a clock the test moves and couriers whose servers answer
 * as the test says: what application tests run against instead of Spring. Retries wait 1, 2, 4 … minutes (at most 8)
 * and a message fails after 4 attempts; the digest leaves at 17:00.
 */
public final class InMemoryNotifications {

    public static final Portal PORTAL = new Portal("http://127.0.0.1:8090");
    public static final RetryPolicy RETRIES = new RetryPolicy(Duration.ofMinutes(1), 2, Duration.ofMinutes(8), 4,
            Duration.ofMinutes(2));

    public final SettableClock clock;
    public final InMemoryOfficials officials = new InMemoryOfficials();
    public final InMemorySubscriptions subscriptions = new InMemorySubscriptions();
    public final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    public final InMemoryFeed feed = new InMemoryFeed();
    /** The scope paths of the lower levels' notification instances (none: this instance tells everyone it knows). */
    public final Set<String> lowerInstancePaths = new HashSet<>();
    public final RecordingLiveFeed live = new RecordingLiveFeed();
    public final RecordingQueue queue = new RecordingQueue();
    public final SweepSchedule schedule = new SweepSchedule(RETRIES);
    public final ScriptedCourier mail;
    public final ScriptedCourier webhooks;

    public InMemoryNotifications(Instant now) {
        clock = new SettableClock(now);
        mail = new ScriptedCourier(Channel.EMAIL, clock);
        webhooks = new ScriptedCourier(Channel.WEBHOOK, clock);
    }

    public Announcements announcements() {
        return new Announcements(CurrentUnitDirectory.fixed(DemoUnits.DIRECTORY));
    }

    public OfficialDirectory officialDirectory() {
        return new OfficialDirectory(officials, CurrentUnitDirectory.fixed(DemoUnits.DIRECTORY));
    }

    public FeedService feedService() {
        return new FeedService(feed, live, PORTAL, clock);
    }

    public Notifier notifier() {
        return new Notifier(new Audiences(subscriptions, officialDirectory(), unitPath -> lowerInstancePaths.stream()
                .anyMatch(lower -> UnitDirectory.pathIsWithin(unitPath, lower))), feedService(), deliveries, queue,
                PORTAL, clock);
    }

    public DeliveryAttempts attempts() {
        return new DeliveryAttempts(deliveries, List.of(mail, webhooks), RETRIES, schedule, clock);
    }

    public DeliverySweep sweep() {
        return new DeliverySweep(deliveries, queue, schedule, clock);
    }

    public Digests digests() {
        return new Digests(deliveries, queue, new Digests.DigestTime(LocalTime.of(17, 0)), clock);
    }

    public DeliveryLog deliveryLog() {
        return new DeliveryLog(deliveries, queue, clock);
    }
}
