package vn.dvk.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.events.Topics;
import vn.dvk.reporting.ReportingServiceApplication;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.generation.adapter.MongoActiveGeneration;
import vn.dvk.reporting.generation.adapter.MongoGenerationPositions;
import vn.dvk.reporting.generation.domain.Generation;
import vn.dvk.reporting.generation.domain.SourcePartition;
import vn.dvk.testsupport.ScopedInstance;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TestInfrastructure;

/**
 * Two replicas of one reporting instance on the real broker and store (ADR 0023): the same scope, store and consumer
 * group, the registration partitions split between them. A rebuild run by one while registrations keep arriving is
 * refused on the other, and ends with both applying to the new generation: the figures both answer equal the
 * registrations, and the new generation holds every partition up to its end.
 */
class ReplicasFollowASwitchIntegrationTest {

    private static final int YEAR = 2034;
    private static final String UNIT = "04096";
    private static final Duration SETTLED = Duration.ofSeconds(120);

    private static String group;
    private static ScopedInstance rebuilding;
    private static ScopedInstance following;

    @BeforeAll
    static void start_two_replicas_of_one_instance() {
        String suffix = UUID.randomUUID().toString().replace("-", "");
        group = "replicas-" + suffix;
        String[] settings = {"--spring.mongodb.database=replicas_" + suffix,
                "--spring.cloud.stream.bindings.registrationEvents-in-0.group=" + group,
                "--spring.cloud.stream.bindings.evaluationEvents-in-0.group=" + group,
                "--spring.cloud.stream.bindings.awardEvents-in-0.group=" + group,
                // One consumer thread each, so that the three partitions are split between the two replicas.
                "--spring.cloud.stream.bindings.registrationEvents-in-0.consumer.concurrency=1"};
        rebuilding = ScopedInstance.startWithStoreDefaults(ReportingServiceApplication.class, "14", settings);
        following = ScopedInstance.startWithStoreDefaults(ReportingServiceApplication.class, "14", settings);
    }

    @AfterAll
    static void stop() {
        if (following != null) {
            following.close();
        }
        if (rebuilding != null) {
            rebuilding.close();
        }
    }

    @Test
    void a_rebuild_on_one_replica_while_registrations_arrive_ends_with_both_on_the_new_generation_counting_each_once()
            throws Exception {
        int before = 300;
        int during = 300;
        int after = 150;
        await("both replicas consuming registration partitions").atMost(SETTLED)
                .until(() -> membersWithRegistrationPartitions() == 2);
        register(before);
        await().atMost(SETTLED).until(() -> total(rebuilding) == before && total(following) == before);
        Generation replaced = generationOf(following);

        CompletableFuture<Void> arriving = CompletableFuture.runAsync(() -> register(during));
        ServiceClient.Reply started = rebuilding.http().send("POST", "/api/v1/admin/rebuild", null, null, Map.of());
        ServiceClient.Reply elsewhere = following.http().send("POST", "/api/v1/admin/rebuild", null, null, Map.of());
        assertThat(started.status()).isEqualTo(202);
        assertThat(elsewhere.status()).as("a rebuild asked of the other replica while one runs").isEqualTo(409);
        await().atMost(SETTLED).pollInterval(Duration.ofMillis(100)).until(() -> rebuilding.http()
                .get("/api/v1/admin/rebuild").json().get("state").asString().equals("DONE"));
        arriving.get();
        register(after);

        Generation built = replaced.next();
        int registered = before + during + after;
        await().atMost(SETTLED).until(() -> total(rebuilding) == registered && total(following) == registered);
        assertThat(generationOf(rebuilding)).isEqualTo(built);
        assertThat(generationOf(following)).isEqualTo(built);
        assertThat(statistics(following)).isEqualTo(statistics(rebuilding));
        Map<SourcePartition, Long> ends = registrationEnds();
        MongoGenerationPositions positions = rebuilding.context().getBean(MongoGenerationPositions.class);
        await("the new generation holding every registration partition up to its end").atMost(SETTLED)
                .until(() -> {
                    Map<SourcePartition, Long> held = positions.of(built, ends.keySet());
                    return ends.entrySet().stream().allMatch(end -> held.getOrDefault(end.getKey(), -1L)
                            >= end.getValue());
                });
    }

    private static void register(int models) {
        try (EventFeed feed = new EventFeed()) {
            for (int i = 0; i < models; i++) {
                feed.registered(ModelFixtures.aCollectiveModel().inUnit(UNIT).inYear(YEAR).build());
                if (i % 50 == 0) {
                    feed.flush();
                }
            }
        }
    }

    private static Generation generationOf(ScopedInstance replica) {
        return replica.context().getBean(MongoActiveGeneration.class).current();
    }

    private static String statistics(ScopedInstance replica) {
        return replica.http().get("/api/v1/statistics/models?unit=" + UNIT + "&year=" + YEAR).json().toString();
    }

    private static long total(ScopedInstance replica) {
        return replica.http().get("/api/v1/statistics/models?unit=" + UNIT + "&year=" + YEAR).json().get("total")
                .asLong();
    }

    private static Admin admin() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBrokers());
        return Admin.create(properties);
    }

    private static long membersWithRegistrationPartitions() throws Exception {
        try (Admin admin = admin()) {
            return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
                    .map(MemberDescription::assignment)
                    .filter(assignment -> assignment.topicPartitions().stream()
                            .anyMatch(partition -> partition.topic().equals(Topics.REGISTRATION)))
                    .count();
        }
    }

    private static Map<SourcePartition, Long> registrationEnds() throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(Topics.REGISTRATION))
                    .allTopicNames().get().get(Topics.REGISTRATION).partitions().stream()
                    .collect(Collectors.toMap(info -> new TopicPartition(Topics.REGISTRATION, info.partition()),
                            info -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(entry -> new SourcePartition(entry.getKey().topic(),
                            entry.getKey().partition()), entry -> entry.getValue().offset()));
        }
    }
}
