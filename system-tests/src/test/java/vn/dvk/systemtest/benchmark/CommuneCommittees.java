package vn.dvk.systemtest.benchmark;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.events.CloudEventCodec;
import vn.dvk.contracts.events.Topics;
import vn.dvk.contracts.identity.IdentityEvents;
import vn.dvk.contracts.identity.OfficialRegistered;
import vn.dvk.contracts.identity.OfficialSnapshot;
import vn.dvk.testsupport.ServiceClient;

/**
 * A Steering Committee member for each commune the benchmark's models are registered in, announced as
 * identity-service announces officials (written to its topic as its Kafka principal), so that notification-service
 * mails someone about every registered model, not only about those of the demo commune with a committee login.
 */
final class CommuneCommittees {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration KNOWN_WITHIN = Duration.ofMinutes(5);

    private CommuneCommittees() {
    }

    /** Announces the members and waits until notification-service knows each of them. */
    static void announce(BenchmarkStack stack, DemoToken admin) {
        Properties properties = new Properties();
        properties.putAll(stack.kafkaLogin("identity-service"));
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        List<OfficialSnapshot> members = ModelEvents.UNIT_PATHS.stream().map(unitPath -> {
            String commune = unitPath.substring(unitPath.lastIndexOf('/') + 1);
            String login = "bench.bcd." + commune;
            return new OfficialSnapshot(login, "Thành viên BCĐ " + commune, login + "@dvk.local", commune, unitPath,
                    List.of("STEERING_MEMBER"), true, 1);
        }).toList();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties)) {
            for (OfficialSnapshot member : members) {
                CloudEvent event = CloudEvent.of(IdentityEvents.OFFICIAL_REGISTERED, "/dvk/benchmark", member.login(),
                        member.unitPath(), 1);
                ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.IDENTITY,
                        member.login().getBytes(StandardCharsets.UTF_8), ServiceClient.JSON.writeValueAsBytes(
                        new OfficialRegistered(member, "benchmark", Instant.now())));
                CloudEventCodec.encode(event).forEach((name, value) -> record.headers().add(name, value));
                producer.send(record);
            }
        }
        ServiceClient notification = new ServiceClient(stack.url("notification-service"));
        for (OfficialSnapshot member : members) {
            // A subscription for an official is accepted once notification-service has learnt of him.
            String subscription = """
                    {"login": "%s", "unitCode": "%s", "kinds": ["DEADLINE_APPROACHING"], "channels": ["IN_APP"]}"""
                    .formatted(member.login(), member.unitCode());
            await("notification-service knows " + member.login()).atMost(KNOWN_WITHIN).pollInterval(POLL)
                    .until(() -> notification.withToken(admin.current()).post("/api/v1/subscriptions", subscription)
                            .status() == 201);
        }
    }
}
