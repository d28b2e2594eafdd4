package vn.dvk.systemtest.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records of a topic a consumer group has not yet committed, asked as the group's own service (its Kafka
 * principal may describe its group and the topics it reads).
 */
final class ConsumerLag implements AutoCloseable {

    private static final Duration POLL = Duration.ofSeconds(1);

    private final Admin admin;
    private final String group;
    private final String topic;

    ConsumerLag(BenchmarkStack stack, String service, String group, String topic) {
        Properties properties = new Properties();
        properties.putAll(stack.kafkaLogin(service));
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        this.admin = Admin.create(properties);
        this.group = group;
        this.topic = topic;
    }

    /** The records behind the end of the topic; a partition the group never committed counts from its start. */
    long records() {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(List.of(topic))
                    .allTopicNames().get().get(topic).partitions().stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions).all()
                    .get();
            long behind = 0;
            for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
                OffsetAndMetadata position = committed.get(end.getKey());
                behind += end.getValue().offset() - (position == null ? 0 : position.offset());
            }
            return behind;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking for the lag of " + group, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not tell the lag of " + group, e.getCause());
        }
    }

    /** Waits until the group has committed the whole topic, or {@code limit} has passed; the seconds it took. */
    double awaitCaughtUp(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        while (records() > 0 && System.nanoTime() - start < limit.toNanos()) {
            Thread.sleep(POLL.toMillis());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void close() {
        admin.close();
    }
}
