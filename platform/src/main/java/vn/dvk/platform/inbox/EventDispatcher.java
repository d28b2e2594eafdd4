package vn.dvk.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.CloudEventCodec;
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
 * Build one per input binding: {@code dispatcher.consumer("reporting").on(MODEL_REGISTERED, handler).build()}.
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
            Counter consumed = counter("dvk.events.consumed", "applied");
            Counter duplicates = counter("dvk.events.consumed", "duplicate");
            Counter outOfScope = counter("dvk.events.consumed", "out-of-scope");
            Counter ignored = counter("dvk.events.consumed", "ignored");
            Counter failed = counter("dvk.events.consumed", "failed");
            Counter unknownVersion = counter("dvk.events.consumed", "unknown-version");
            Counter unreadable = counter("dvk.events.consumed", "unreadable");
            Set<String> handledFamilies = frozen.keySet().stream().map(EventDispatcher::family)
                    .collect(Collectors.toUnmodifiableSet());
            Counter deadLettered = Counter.builder("dvk.events.dead-lettered").tag("consumer", consumerName)
                    .description("Events that failed every attempt and went to the dead-letter topic")
                    .register(meters);
            return message -> {
                MessageHeaders headers = message.getHeaders();
                CloudEvent event = CloudEventCodec.decode(headers::get);
                String unitPath = event.unitPath();
                String type = event.type();
                String id = event.id();
                log.debug("{} received {} {} for {}", consumerName, type, id, unitPath);
                Handler<?> handler = type == null ? null : frozen.get(type);
                if (unitPath != null && !(handler == null ? scope.coversPath(unitPath)
                        : scope.receives(handler.type, unitPath, event.previousUnitPath()))) {
                    outOfScope.increment();
                    return;
                }
                if (handler == null) {
                    if (type != null && handledFamilies.contains(family(type))) {
                        unknownVersion.increment();
                        throw new UnknownEventVersion(consumerName, type, id);
                    }
                    ignored.increment();
                    return;
                }
                if (id == null || unitPath == null) {
                    failed.increment();
                    throw new IllegalArgumentException("event of type " + type + " lacks ce_id or ce_unitpath");
                }
                MDC.put("eventId", id);
                MDC.put("unit", unitPath);
                try {
                    if (!processed.claim(consumerName, id, type)) {
                        duplicates.increment();
                        log.debug("{} skipped duplicate event {}", consumerName, id);
                        return;
                    }
                    try {
                        handler.apply(message, event);
                        processed.complete(consumerName, id);
                        consumed.increment();
                    } catch (RuntimeException e) {
                        processed.release(consumerName, id);
                        failed.increment();
                        if (e instanceof UnreadablePayload) {
                            unreadable.increment();
                        }
                        Integer attempt = deliveryAttempt(headers);
                        if (attempt != null && attempt >= maxAttempts) {
                            deadLettered.increment();
                            log.error("{} gives up on event {} ({}) after {} attempts; it goes to the dead-letter"
                                    + " topic: {}", consumerName, id, type, attempt, e.toString());
                        } else {
                            log.warn("{} failed to apply event {} ({}), attempt {}: {}", consumerName, id, type,
                                    attempt, e.toString());
                        }
                        throw e;
                    }
                } finally {
                    MDC.remove("eventId");
                    MDC.remove("unit");
                }
            };
        }

        private Counter counter(String name, String outcome) {
            return Counter.builder(name).tag("consumer", consumerName).tag("outcome", outcome).register(meters);
        }
    }

    /**
     * The name of a type without its version: {@code vn.dvk.model.registered} for {@code vn.dvk.model.registered.v2}.
     * A consumer that handles one version of a family and meets another parks the event (ADR 0020).
     */
    static String family(String type) {
        return type.replaceFirst("\\.v\\d+$", "");
    }

    /**
     * The binder's retry counts attempts in an {@code AtomicInteger} header that it increments in place, so the header
     * is read as any number: asking for an {@code Integer} would throw instead of counting the dead letter.
     */
    private static Integer deliveryAttempt(MessageHeaders headers) {
        return headers.get(DELIVERY_ATTEMPT) instanceof Number attempt ? attempt.intValue() : null;
    }

    private final class Handler<T> {

        private final EventType<T> type;
        private final Consumer<InboundEvent<T>> consumer;

        private Handler(EventType<T> type, Consumer<InboundEvent<T>> consumer) {
            this.type = type;
            this.consumer = consumer;
        }

        void apply(Message<byte[]> message, CloudEvent event) {
            T payload;
            try {
                payload = jsonMapper.readValue(message.getPayload(), type.payloadType());
            } catch (JacksonException e) {
                throw new UnreadablePayload(type.name(), event.id(), e);
            }
            consumer.accept(new InboundEvent<>(event.id(), event.type(), event.source(), event.subject(),
                    event.unitPath(), event.sequence(), event.time(), payload));
        }
    }
}
