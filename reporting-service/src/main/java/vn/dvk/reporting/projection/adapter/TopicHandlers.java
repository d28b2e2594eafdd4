package vn.dvk.reporting.projection.adapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.messaging.Message;
import vn.dvk.contracts.events.EventType;
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

    private final List<Handler<?>> handlers = new ArrayList<>();

    <T> TopicHandlers on(EventType<T> type, Consumer<InboundEvent<T>> handler) {
        handlers.add(new Handler<>(type, handler));
        return this;
    }

    /** The live consumer: the dispatcher's scope filter and claim in front of the handlers. */
    Consumer<Message<byte[]>> dispatched(EventDispatcher dispatcher) {
        EventDispatcher.Builder builder = dispatcher.consumer(ProjectionConsumers.CONSUMER);
        handlers.forEach(handler -> handler.register(builder));
        return builder.build();
    }

    /**
     * Applies consumed records without claims, decoded as the live path decodes them (counted under
     * {@code consumerName}); answers whether the record was applied or skipped (true) or poison (false).
     */
    RecordHandler direct(EventDispatcher dispatcher, String consumerName) {
        Map<String, Handler<?>> byType = new HashMap<>();
        handlers.forEach(handler -> byType.put(handler.type.name(), handler));
        EventDecoder decoder = dispatcher.decoder(consumerName, handlers.stream()
                .<EventType<?>>map(handler -> handler.type).toList());
        return record -> {
            DecodedRecord decoded = decoder.decode(record.headers()::get, record.value());
            if (decoded instanceof DecodedRecord.Poison) {
                return false;
            }
            if (decoded instanceof DecodedRecord.Accepted accepted) {
                byType.get(accepted.event().type()).apply(accepted.event());
                decoder.applied(1);
            }
            return true;
        };
    }

    /** Applies one consumed record. */
    @FunctionalInterface
    interface RecordHandler {

        boolean apply(ConsumedRecord record);
    }

    private static final class Handler<T> {

        private final EventType<T> type;
        private final Consumer<InboundEvent<T>> consumer;

        private Handler(EventType<T> type, Consumer<InboundEvent<T>> consumer) {
            this.type = type;
            this.consumer = consumer;
        }

        void register(EventDispatcher.Builder builder) {
            builder.on(type, consumer);
        }

        @SuppressWarnings("unchecked")
        void apply(InboundEvent<?> event) {
            consumer.accept((InboundEvent<T>) event);
        }
    }
}
