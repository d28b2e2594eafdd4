package vn.dvk.reporting.projection.adapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.messaging.Message;
import vn.dvk.contracts.events.EventType;
import vn.dvk.platform.inbox.ConsumedRecord;
import vn.dvk.platform.inbox.DecodedRecord;
import vn.dvk.platform.inbox.EventDecoder;
import vn.dvk.platform.inbox.EventDispatcher;
import vn.dvk.platform.inbox.InboundEvent;

/**
 * The handlers of the event types of one record-by-record topic, declared once and applied two ways: live through
 * the dispatcher with its claims, or by a rebuild's fold into a new generation without claims ({@link #direct}),
 * which the handlers allow because each of their writes sets values or is conditioned on versions (ADR 0023).
 */
final class TopicHandlers {

    private final List<EventType<?>> types = new ArrayList<>();
    private final List<Consumer<EventDispatcher.Builder>> registrations = new ArrayList<>();
    private final Map<String, Consumer<InboundEvent<?>>> byType = new HashMap<>();

    <T> TopicHandlers on(EventType<T> type, Consumer<InboundEvent<T>> handler) {
        types.add(type);
        registrations.add(builder -> builder.on(type, handler));
        byType.put(type.name(), event -> handler.accept(typed(event)));
        return this;
    }

    /** The live consumer: the dispatcher's scope filter and claim in front of the handlers. */
    Consumer<Message<byte[]>> dispatched(EventDispatcher dispatcher) {
        EventDispatcher.Builder builder = dispatcher.consumer(ProjectionConsumers.CONSUMER);
        registrations.forEach(registration -> registration.accept(builder));
        return builder.build();
    }

    /**
     * Applies consumed records without claims, decoded as the live path decodes them (counted under
     * {@code consumerName}); answers whether the record was applied or skipped (true) or poison (false).
     */
    RecordHandler direct(EventDispatcher dispatcher, String consumerName) {
        EventDecoder decoder = dispatcher.decoder(consumerName, types);
        return record -> {
            DecodedRecord decoded = decoder.decode(record.headers()::get, record.value());
            if (decoded instanceof DecodedRecord.Poison) {
                return false;
            }
            if (decoded instanceof DecodedRecord.Accepted accepted) {
                byType.get(accepted.event().type()).accept(accepted.event());
                decoder.applied(1);
            }
            return true;
        };
    }

    /** The decoder made the payload of an event of a handled type that type's payload. */
    @SuppressWarnings("unchecked")
    private static <T> InboundEvent<T> typed(InboundEvent<?> event) {
        return (InboundEvent<T>) event;
    }

    /** Applies one consumed record. */
    @FunctionalInterface
    interface RecordHandler {

        boolean apply(ConsumedRecord record);
    }
}
