package vn.dvk.notification.delivery.adapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import vn.dvk.contracts.events.EventType;
import vn.dvk.notification.delivery.application.GiveWay;
import vn.dvk.notification.delivery.application.Notifier;
import vn.dvk.notification.notice.domain.Announcement;
import vn.dvk.platform.inbox.ConsumedRecord;
import vn.dvk.platform.inbox.DeadLetterTopic;
import vn.dvk.platform.inbox.DecodedRecord;
import vn.dvk.platform.inbox.EventDecoder;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.platform.inbox.PoisonRecord;
import vn.dvk.platform.inbox.UnreadablePayload;

/**
 * The batch consumer of one topic (ADR 0019, ADR 0010): every record of a poll decoded by the platform's decoder
 * (scope filter, versions, payload), each event turned into its announcement, and the whole batch told at once by
 * {@link Notifier}, whose messages take their ids from event, recipient and channel, so that a redelivered batch or a
 * replayed topic stores and sends nothing twice without a claim per event. A poison record (unreadable, another
 * version, an event no announcement can be made of) goes alone to the dead-letter topic; the rest of the batch is
 * told. A failure of the batch itself (the store away) throws, and the container delivers the batch again. Before a
 * batch is told it gives way to reporting ({@link GiveWay}).
 */
final class NoticeBatches implements Consumer<Message<List<?>>> {

    private static final Logger log = LoggerFactory.getLogger(NoticeBatches.class);

    private final EventDecoder decoder;
    private final Map<String, Function<InboundEvent<?>, Announcement>> announcers;
    private final Notifier notifier;
    private final CloudEventJson json;
    private final DeadLetterTopic deadLetters;
    private final GiveWay giveWay;

    private NoticeBatches(EventDecoder decoder, Map<String, Function<InboundEvent<?>, Announcement>> announcers,
                          Notifier notifier, CloudEventJson json, DeadLetterTopic deadLetters, GiveWay giveWay) {
        this.decoder = decoder;
        this.announcers = Map.copyOf(announcers);
        this.notifier = notifier;
        this.json = json;
        this.deadLetters = deadLetters;
        this.giveWay = giveWay;
    }

    static Builder builder() {
        return new Builder();
    }

    @Override
    public void accept(Message<List<?>> batch) {
        try {
            giveWay.beforeBatch();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Stopping: the batch stays uncommitted and is delivered again after the restart.
            throw new IllegalStateException("stopped while the batch gave way to reporting", e);
        }
        List<ConsumedRecord> records = ConsumedRecord.of(batch);
        log.debug("telling a batch of {} records", records.size());
        List<PoisonRecord> poison = new ArrayList<>();
        List<Notifier.Told> told = new ArrayList<>();
        for (ConsumedRecord record : records) {
            DecodedRecord decoded = decoder.decode(record.headers()::get, record.value());
            if (decoded instanceof DecodedRecord.Poison poisoned) {
                poison.add(new PoisonRecord(record, poisoned.reason()));
            } else if (decoded instanceof DecodedRecord.Accepted accepted) {
                InboundEvent<?> event = accepted.event();
                try {
                    told.add(new Notifier.Told(announcers.get(event.type()).apply(event), () -> json.of(event)));
                } catch (RuntimeException unannounceable) {
                    // No delivery can make a notice of it, and it would fail every delivery of the whole batch.
                    poison.add(new PoisonRecord(record, new UnreadablePayload(event.type(), event.id(),
                            unannounceable)));
                }
            }
        }
        try {
            notifier.announce(told);
        } catch (RuntimeException e) {
            log.warn("a batch of {} records failed and is delivered again: {}", records.size(), e.toString());
            throw e;
        }
        decoder.applied(told.size());
        deadLetters.park(poison, decoder);
    }

    /** Collects the announcement of each handled type of one topic. */
    static final class Builder {

        private final Map<String, Function<InboundEvent<?>, Announcement>> announcers = new HashMap<>();
        private final List<EventType<?>> types = new ArrayList<>();

        private Builder() {
        }

        @SuppressWarnings("unchecked")
        <T> Builder on(EventType<T> type, Function<InboundEvent<T>, Announcement> announce) {
            types.add(type);
            announcers.put(type.name(), event -> announce.apply((InboundEvent<T>) event));
            return this;
        }

        NoticeBatches build(EventDispatcher dispatcher, String consumerName, Notifier notifier, CloudEventJson json,
                            DeadLetterTopic deadLetters, GiveWay giveWay) {
            return new NoticeBatches(dispatcher.decoder(consumerName, types), announcers, notifier, json,
                    deadLetters, giveWay);
        }
    }
}
