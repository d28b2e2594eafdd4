package vn.dvk.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.CloudEventCodec;

/** Reads and writes raw records on the shared broker, as any other Kafka client would. */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<Received> received = new ArrayList<>();

    private TopicProbe(String brokers, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(properties);
        consumer.subscribe(List.of(topic));
    }

    /** Subscribes from the earliest offset of a topic on the shared broker. */
    public static TopicProbe on(String topic) {
        return new TopicProbe(TestInfrastructure.kafkaBrokers(), topic);
    }

    /** Polls once and returns everything received so far. */
    public synchronized List<Received> poll() {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            Map<String, String> headers = new HashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null
                        : new String(header.value(), StandardCharsets.UTF_8));
            }
            received.add(new Received(record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                    new String(record.value(), StandardCharsets.UTF_8), headers,
                    CloudEventCodec.decode(name -> headers.get(name))));
        }
        return List.copyOf(received);
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** A received record: key and value as text, its headers, and the CloudEvent attributes they carry. */
    public record Received(String key, String value, Map<String, String> headers, CloudEvent event) {

        public String header(String name) {
            return headers.get(name);
        }

        /** Whether the record's headers declare a CloudEvent 1.0. */
        public boolean isCloudEvent() {
            return CloudEventCodec.isCloudEvent(headers::get);
        }
    }

    /** Sends an event as a service would: the CloudEvent's attributes as headers, the JSON payload as the value. */
    public static void send(String topic, CloudEvent event, String payload) {
        Map<String, String> headers = new HashMap<>();
        CloudEventCodec.encode(event).forEach((name, value) -> headers.put(name, new String(value,
                StandardCharsets.UTF_8)));
        send(topic, event.subject(), payload, headers);
    }

    /** Sends a raw record with string headers, e.g. a poison record or one with headers missing. */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBrokers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties)) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic,
                    key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
            headers.forEach((name, headerValue) ->
                    record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
