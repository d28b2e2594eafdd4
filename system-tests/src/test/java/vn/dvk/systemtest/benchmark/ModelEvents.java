package vn.dvk.systemtest.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.CloudEventCodec;
import vn.dvk.contracts.events.Topics;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.testsupport.ServiceClient;

/**
 * Model-registered events written straight to registration's topic, logged in as registration-service's own Kafka
 * principal, exactly as its relay writes them (CloudEvents in Kafka binary mode, keyed by the model): what reporting
 * and notification-service consume, without registration-service's REST API and outbox in the way.
 */
final class ModelEvents implements AutoCloseable {

    /** Grassroots units of Yên Châu district (124); Lóng Phiêng (04096) has a demo login on its committee. */
    static final List<String> UNIT_PATHS = List.of("14/124/04063", "14/124/04066", "14/124/04069", "14/124/04072",
            "14/124/04075", "14/124/04096");

    private final KafkaProducer<byte[], byte[]> producer;
    private final AtomicReference<Exception> refused = new AtomicReference<>();

    ModelEvents(BenchmarkStack stack) {
        Properties properties = new Properties();
        properties.putAll(stack.kafkaLogin("registration-service"));
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        producer = new KafkaProducer<>(properties);
    }

    /** Writes {@code n} newly registered grassroots models of {@code year} and waits until the broker has them all. */
    void publish(int n, int year) {
        for (int i = 0; i < n; i++) {
            String unitPath = UNIT_PATHS.get(i % UNIT_PATHS.size());
            String unitCode = unitPath.substring(unitPath.lastIndexOf('/') + 1);
            ModelSnapshot model = new ModelSnapshot(UUID.randomUUID().toString(), year, unitCode, unitPath,
                    ManagementLevel.GRASSROOTS, Field.values()[i % Field.values().length], OwnerType.COLLECTIVE,
                    ModelKind.MODEL, ModelStatus.REGISTERED, "Mô hình đo tải số " + i, "bản Nà Sành",
                    "Chi hội Nông dân", "Lò Văn Hùng", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null,
                    null, 1);
            CloudEvent event = CloudEvent.of(RegistrationEvents.MODEL_REGISTERED, "/dvk/benchmark", model.id(),
                    unitPath, 1);
            byte[] payload = ServiceClient.JSON.writeValueAsBytes(new ModelRegistered(model, "benchmark",
                    Instant.now()));
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.REGISTRATION,
                    model.id().getBytes(StandardCharsets.UTF_8), payload);
            CloudEventCodec.encode(event).forEach((name, value) -> record.headers().add(name, value));
            producer.send(record, (metadata, failure) -> {
                if (failure != null) {
                    refused.compareAndSet(null, failure);
                }
            });
        }
        producer.flush();
        if (refused.get() != null) {
            throw new IllegalStateException("the broker refused a benchmark event", refused.get());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
