package vn.dvk.notification.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.dvk.notification.delivery.domain.Deliveries;
import vn.dvk.notification.delivery.domain.Delivery;
import vn.dvk.notification.delivery.domain.DeliveryQueue;
import vn.dvk.notification.delivery.domain.DeliveryStatus;
import vn.dvk.notification.delivery.domain.Recipient;
import vn.dvk.notification.feed.application.FeedService;
import vn.dvk.notification.notice.domain.Announcement;
import vn.dvk.notification.notice.domain.MessageKey;
import vn.dvk.notification.notice.domain.Notice;
import vn.dvk.notification.notice.domain.Portal;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.notification.subscription.domain.Subscription;

/**
 * Turns an announcement into messages: posts it to the feeds of the officials told in the app, stores every mail and
 * webhook call before its first attempt, and hands the new ones to their channel's workers without waiting for them.
 * Applying the same event again stores and sends nothing more: each message's id follows from event, recipient and
 * channel.
 */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Audiences audiences;
    private final FeedService feed;
    private final Deliveries deliveries;
    private final DeliveryQueue queue;
    private final Portal portal;
    private final Clock clock;

    public Notifier(Audiences audiences, FeedService feed, Deliveries deliveries, DeliveryQueue queue, Portal portal,
                    Clock clock) {
        this.audiences = audiences;
        this.feed = feed;
        this.deliveries = deliveries;
        this.queue = queue;
        this.portal = portal;
        this.clock = clock;
    }

    /**
     * Tells everyone concerned; {@code cloudEvent} gives the event as a webhook receives it (CloudEvents JSON), asked
     * for only when a webhook is to be called.
     */
    public void announce(Announcement announcement, Supplier<String> cloudEvent) {
        Notice notice = announcement.notice();
        Audiences.Addressees addressees = audiences.of(announcement);
        Instant now = clock.instant();
        String link = portal.link(notice.linkPath());
        List<Delivery> intents = new ArrayList<>();
        for (Audiences.Reader reader : addressees.readers()) {
            if (reader.channels().contains(Channel.IN_APP)) {
                feed.post(notice, reader.login());
            }
            if (reader.channels().contains(Channel.EMAIL)) {
                if (reader.email().isEmpty()) {
                    log.warn("no mail address known for {}: notice {} goes to his feed only", reader.login(),
                            notice.eventId());
                    continue;
                }
                intents.add(Delivery.intent(MessageKey.of(notice.eventId(), reader.login(), Channel.EMAIL.name()),
                        notice, Channel.EMAIL, Recipient.official(reader.login(), reader.name(),
                                reader.email().get()), link, null, reader.digest(), now));
            }
        }
        String payload = addressees.webhooks().isEmpty() ? null : cloudEvent.get();
        for (Subscription webhook : addressees.webhooks()) {
            Recipient endpoint = Recipient.webhook(webhook.id(), webhook.login(), webhook.webhook().url());
            intents.add(Delivery.intent(MessageKey.of(notice.eventId(), endpoint.key(), Channel.WEBHOOK.name()),
                    notice, Channel.WEBHOOK, endpoint, link, payload, false, now));
        }
        for (Delivery stored : deliveries.addNew(intents)) {
            if (stored.status() == DeliveryStatus.PENDING) {
                queue.offer(stored);
            }
        }
    }
}
