package vn.dvk.notification.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * channel, so a redelivered batch or a replayed topic needs no claim per event (ADR 0010).
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

    /** An announcement of an event, and the event as a webhook receives it (asked for only when one is called). */
    public record Told(Announcement announcement, Supplier<String> cloudEvent) {
    }

    /**
     * Tells everyone concerned; {@code cloudEvent} gives the event as a webhook receives it (CloudEvents JSON), asked
     * for only when a webhook is to be called.
     */
    public void announce(Announcement announcement, Supplier<String> cloudEvent) {
        announce(List.of(new Told(announcement, cloudEvent)));
    }

    /**
     * Tells everyone concerned by a batch of announcements: the addressees of each {@link Audiences.Question} are
     * resolved once per batch, the feed items of the whole batch are posted in one write and its mails and webhook
     * calls stored in one write, before any of them is offered to the workers.
     */
    public void announce(List<Told> batch) {
        Map<Audiences.Question, Audiences.Addressees> resolved = new HashMap<>();
        Instant now = clock.instant();
        List<FeedService.Post> posts = new ArrayList<>();
        List<Delivery> intents = new ArrayList<>();
        for (Told told : batch) {
            Notice notice = told.announcement().notice();
            Audiences.Addressees addressees = resolved.computeIfAbsent(Audiences.Question.of(told.announcement()),
                    audiences::of);
            String link = portal.link(notice.linkPath());
            for (Audiences.Reader reader : addressees.readers()) {
                if (reader.channels().contains(Channel.IN_APP)) {
                    posts.add(new FeedService.Post(notice, reader.login()));
                }
                if (reader.channels().contains(Channel.EMAIL)) {
                    if (reader.email().isEmpty()) {
                        log.warn("no mail address known for {}: notice {} goes to his feed only", reader.login(),
                                notice.eventId());
                        continue;
                    }
                    String id = MessageKey.of(notice.occurredAt(), notice.eventId(), reader.login(),
                            Channel.EMAIL.name());
                    intents.add(Delivery.intent(id, notice, Channel.EMAIL, Recipient.official(reader.login(),
                            reader.name(), reader.email().get()), link, null, reader.digest(), now));
                }
            }
            String payload = addressees.webhooks().isEmpty() ? null : told.cloudEvent().get();
            for (Subscription webhook : addressees.webhooks()) {
                Recipient endpoint = Recipient.webhook(webhook.id(), webhook.login(), webhook.webhook().url());
                String id = MessageKey.of(notice.occurredAt(), notice.eventId(), endpoint.key(),
                        Channel.WEBHOOK.name());
                intents.add(Delivery.intent(id, notice, Channel.WEBHOOK, endpoint, link, payload, false, now));
            }
        }
        feed.post(posts);
        for (Delivery stored : deliveries.addNew(intents)) {
            if (stored.status() == DeliveryStatus.PENDING) {
                queue.offer(stored);
            }
        }
    }
}
