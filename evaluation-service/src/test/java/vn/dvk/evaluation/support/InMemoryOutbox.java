package vn.dvk.evaluation.support;

import java.util.ArrayList;
import java.util.List;
import vn.dvk.contracts.events.EventType;
import vn.dvk.platform.outbox.OutboundEvent;

/** The events the in-memory ports stored with their aggregates, in the order they were stored. */
public final class InMemoryOutbox {

    private final List<OutboundEvent<?>> events = new ArrayList<>();

    public void append(List<? extends OutboundEvent<?>> stored) {
        events.addAll(stored);
    }

    /** Forgets the events stored so far: what the given steps of a test published is not what it asserts on. */
    public void clear() {
        events.clear();
    }

    /** The type names of the events about one subject (their Kafka key), oldest first. */
    public List<String> typesAbout(String subject) {
        return events.stream().filter(event -> event.subject().equals(subject))
                .map(event -> event.type().name())
                .toList();
    }

    /** The payloads of every event of a type, oldest first. */
    public <T> List<T> payloads(EventType<T> type) {
        return events.stream().filter(event -> event.type().equals(type))
                .map(event -> type.payloadType().cast(event.payload()))
                .toList();
    }
}
