package vn.dvk.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.events.EventType;
import vn.dvk.platform.scope.InstanceScope;

/**
 * The one way a service consumes events: it drops events outside the instance scope by their {@code ce_unitpath}
 * header before deserialising (reference data issued above the scope passes, and so does an event that moved its
 * record away from a unit of the scope by its {@code ce_previousunitpath}, {@link InstanceScope#receives}),
 * ignores types it has no handler for, applies each event id at most once, and lets a failing event throw so that
 * the binder retries it a bounded number of times and then sends it to the dead-letter topic while the stream goes
 * on.
 * <p>
 * Schema evolution (ADR 0020): fields a payload has and its record lacks are ignored; a payload the record cannot
 * read (an enum value this version does not know) and another version of a type it handles ({@code .v2} beside
 * {@code .v1}) are never committed past silently: they fail, are parked on the dead-letter topic and counted in
 * {@code dvk.events.consumed} with the outcome {@code unreadable} or {@code unknown-version}.
 * <p>
 * Build one per input binding: {@code dispatcher.consumer("reporting").on(MODEL_REGISTERED, handler).build()}. A
 * batch consumer takes the same decoding ({@link #decoder}) and makes its effect exactly-once on its own.
 */
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);
    private static final String DELIVERY_ATTEMPT = "deliveryAttempt";

    private final InstanceScope scope;
    private final ProcessedEvents processed;
    private final JsonMapper jsonMapper;
    private final MeterRegistry meters;
    private final int maxAttempts;

    public EventDispatcher(InstanceScope scope, ProcessedEvents processed, JsonMapper jsonMapper,
                           MeterRegistry meters, int maxAttempts) {
        this.scope = scope;
        this.processed = processed;
        this.jsonMapper = jsonMapper;
        this.meters = meters;
        this.maxAttempts = maxAttempts;
    }

    public Builder consumer(String consumerName) {
        return new Builder(consumerName);
    }

    /**
     * The decoding of a batch consumer of {@code types}: the same scope filter, version check and payload reading
     * as a record consumer, without claims; the batch consumer makes its effect exactly-once itself (ADR 0019).
     */
    public EventDecoder decoder(String consumerName, List<EventType<?>> types) {
        Map<String, EventType<?>> byName = new HashMap<>();
        types.forEach(type -> byName.put(type.name(), type));
        return new EventDecoder(consumerName, byName, scope, jsonMapper, meters);
    }

    /** Collects the handlers of one consumer. */
    public final class Builder {

        private final String consumerName;
        private final Map<String, Handler<?>> handlers = new HashMap<>();

        private Builder(String consumerName) {
            this.consumerName = consumerName;
        }

        public <T> Builder on(EventType<T> type, Consumer<InboundEvent<T>> handler) {
            handlers.put(type.name(), new Handler<>(type, handler));
            return this;
        }

        public Consumer<Message<byte[]>> build() {
            Map<String, Handler<?>> frozen = Map.copyOf(handlers);
            Map<String, EventType<?>> types = new HashMap<>();
            frozen.forEach((name, handler) -> types.put(name, handler.type));
            EventDecoder decoder = new EventDecoder(consumerName, types, scope, jsonMapper, meters);
            Counter duplicates = Counter.builder("dvk.events.consumed").tag("consumer", consumerName)
                    .tag("outcome", "duplicate").register(meters);
            return message -> {
                MessageHeaders headers = message.getHeaders();
                DecodedRecord decoded = decoder.decode(headers::get, message.getPayload());
                if (decoded instanceof DecodedRecord.Skipped) {
                    return;
                }
                if (decoded instanceof DecodedRecord.Poison poison) {
                    if (!(poison.reason() instanceof UnknownEventVersion)) {
                        countIfLastAttempt(decoder, headers, poison.reason());
                    }
                    throw poison.reason();
                }
                InboundEvent<?> event = ((DecodedRecord.Accepted) decoded).event();
                MDC.put("eventId", event.id());
                MDC.put("unit", event.unitPath());
                try {
                    if (!processed.claim(consumerName, event.id(), event.type())) {
                        duplicates.increment();
                        log.debug("{} skipped duplicate event {}", consumerName, event.id());
                        return;
                    }
                    try {
                        frozen.get(event.type()).apply(event);
                        processed.complete(consumerName, event.id());
                        decoder.applied(1);
                    } catch (RuntimeException e) {
                        processed.release(consumerName, event.id());
                        decoder.failed();
                        countIfLastAttempt(decoder, headers, e);
                        throw e;
                    }
                } finally {
                    MDC.remove("eventId");
                    MDC.remove("unit");
                }
            };
        }

        /** Counts and logs the dead letter when this was the last attempt the binder makes. */
        private void countIfLastAttempt(EventDecoder decoder, MessageHeaders headers, RuntimeException e) {
            Integer attempt = deliveryAttempt(headers);
            if (attempt != null && attempt >= maxAttempts) {
                decoder.deadLettered();
                log.error("{} gives up on an event after {} attempts; it goes to the dead-letter topic: {}",
                        consumerName, attempt, e.toString());
            } else {
                log.warn("{} failed to apply an event, attempt {}: {}", consumerName, attempt, e.toString());
            }
        }
    }

    /**
     * The binder's retry counts attempts in an {@code AtomicInteger} header that it increments in place, so the header
     * is read as any number: asking for an {@code Integer} would throw instead of counting the dead letter.
     */
    private static Integer deliveryAttempt(MessageHeaders headers) {
        return headers.get(DELIVERY_ATTEMPT) instanceof Number attempt ? attempt.intValue() : null;
    }

    private static final class Handler<T> {

        private final EventType<T> type;
        private final Consumer<InboundEvent<T>> consumer;

        private Handler(EventType<T> type, Consumer<InboundEvent<T>> consumer) {
            this.type = type;
            this.consumer = consumer;
        }

        @SuppressWarnings("unchecked")
        void apply(InboundEvent<?> event) {
            consumer.accept((InboundEvent<T>) event);
        }
    }
}
