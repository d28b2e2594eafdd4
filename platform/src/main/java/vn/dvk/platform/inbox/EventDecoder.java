package vn.dvk.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.CloudEventCodec;
import vn.dvk.contracts.events.EventType;
import vn.dvk.platform.scope.InstanceScope;

/**
 * The one decoding path of consumed records, shared by the record consumers of {@link EventDispatcher} and by batch
 * consumers ({@link EventDispatcher#decoder}): it drops events outside the instance scope by their
 * {@code ce_unitpath} header before deserialising ({@link InstanceScope#receives}, with {@code ce_previousunitpath}
 * for records that moved away), ignores types the consumer does not handle, and tells apart the poison records
 * (ADR 0020) from the events to apply. Every outcome is counted in {@code dvk.events.consumed} under the consumer's
 * name; a batch consumer reports what it applied and what it parked ({@link #applied}, {@link #deadLettered}).
 */
public final class EventDecoder {

    private static final Logger log = LoggerFactory.getLogger(EventDecoder.class);

    private final String consumerName;
    private final Map<String, EventType<?>> types;
    private final Set<String> handledFamilies;
    private final InstanceScope scope;
    private final JsonMapper jsonMapper;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter outOfScope;
    private final Counter ignored;
    private final Counter failed;
    private final Counter unknownVersion;
    private final Counter unreadable;
    private final Counter deadLettered;

    EventDecoder(String consumerName, Map<String, EventType<?>> types, InstanceScope scope, JsonMapper jsonMapper,
                 MeterRegistry meters) {
        this.consumerName = consumerName;
        this.types = Map.copyOf(types);
        this.handledFamilies = this.types.keySet().stream().map(EventDecoder::family)
                .collect(Collectors.toUnmodifiableSet());
        this.scope = scope;
        this.jsonMapper = jsonMapper;
        this.applied = counter(meters, "applied");
        this.duplicates = counter(meters, "duplicate");
        this.outOfScope = counter(meters, "out-of-scope");
        this.ignored = counter(meters, "ignored");
        this.failed = counter(meters, "failed");
        this.unknownVersion = counter(meters, "unknown-version");
        this.unreadable = counter(meters, "unreadable");
        this.deadLettered = Counter.builder("dvk.events.dead-lettered").tag("consumer", consumerName)
                .description("Events that failed every attempt and went to the dead-letter topic")
                .register(meters);
    }

    public String consumerName() {
        return consumerName;
    }

    /** Reads a record from its headers (as the client hands them over) and its value (null: a record without one). */
    public DecodedRecord decode(Function<String, Object> headers, byte[] payload) {
        CloudEvent event = CloudEventCodec.decode(headers);
        String unitPath = event.unitPath();
        String type = event.type();
        String id = event.id();
        log.debug("{} received {} {} for {}", consumerName, type, id, unitPath);
        EventType<?> handled = type == null ? null : types.get(type);
        if (unitPath != null && !(handled == null ? scope.coversPath(unitPath)
                : scope.receives(handled, unitPath, event.previousUnitPath()))) {
            outOfScope.increment();
            return new DecodedRecord.Skipped();
        }
        if (handled == null) {
            if (type != null && handledFamilies.contains(family(type))) {
                unknownVersion.increment();
                return new DecodedRecord.Poison(new UnknownEventVersion(consumerName, type, id));
            }
            ignored.increment();
            return new DecodedRecord.Skipped();
        }
        if (id == null || unitPath == null) {
            failed.increment();
            return new DecodedRecord.Poison(new IllegalArgumentException(
                    "event of type " + type + " lacks ce_id or ce_unitpath"));
        }
        Object read;
        try {
            if (payload == null) {
                throw new IllegalArgumentException("the record has no value");
            }
            read = jsonMapper.readValue(payload, handled.payloadType());
        } catch (JacksonException | IllegalArgumentException e) {
            failed.increment();
            unreadable.increment();
            return new DecodedRecord.Poison(new UnreadablePayload(type, id, e));
        }
        return new DecodedRecord.Accepted(new InboundEvent<>(id, type, event.source(), event.subject(), unitPath,
                event.sequence(), event.time(), read));
    }

    /** Counts events a consumer applied. */
    public void applied(int events) {
        applied.increment(events);
    }

    /** Counts events a consumer found applied before (a redelivery, an older version): they changed nothing. */
    public void duplicates(int events) {
        duplicates.increment(events);
    }

    /** Counts a failure of a handler on an accepted event. */
    void failed() {
        failed.increment();
    }

    /** Counts a record that went to the dead-letter topic. */
    public void deadLettered() {
        deadLettered.increment();
    }

    private Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("dvk.events.consumed").tag("consumer", consumerName).tag("outcome", outcome)
                .register(meters);
    }

    /**
     * The name of a type without its version: {@code vn.dvk.model.registered} for {@code vn.dvk.model.registered.v2}.
     * A consumer that handles one version of a family and meets another parks the event (ADR 0020).
     */
    static String family(String type) {
        return type.replaceFirst("\\.v\\d+$", "");
    }
}
