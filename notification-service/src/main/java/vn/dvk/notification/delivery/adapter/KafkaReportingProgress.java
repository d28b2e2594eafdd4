package vn.dvk.notification.delivery.adapter;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import vn.dvk.notification.delivery.domain.ReportingProgress;

/**
 * Reporting's progress as the broker knows it: the offsets its consumer group ({@code reporting-<scope>}) committed
 * on the topics notices are made from, against those topics' ends. The broker lets notification-service's principal
 * describe reporting's groups, not consume in them ({@code KafkaAccess}). Read again at most every {@link #FRESH_FOR},
 * whichever consumer asks; while the broker does not answer, the position is unknown and nobody waits for it.
 */
class KafkaReportingProgress implements ReportingProgress, DisposableBean {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final String group;
    private final Set<String> topics;
    private final BrokerQuestion<Optional<Position>> progress;

    KafkaReportingProgress(Map<String, Object> clientProperties, String group, Set<String> topics, Clock clock) {
        this.group = group;
        this.topics = Set.copyOf(topics);
        this.progress = new BrokerQuestion<>(clientProperties, "dvk-notification-give-way", "the progress of " + group,
                FRESH_FOR, clock, Optional.empty(), this::read, last -> Optional.empty());
    }

    @Override
    public Optional<Position> now() {
        return progress.answer();
    }

    private Optional<Position> read(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, Long> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(BrokerQuestion.TIMEOUT_MS, TimeUnit.MILLISECONDS).entrySet().stream()
                .filter(entry -> entry.getValue() != null && topics.contains(entry.getKey().topic()))
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        if (committed.isEmpty()) {
            return Optional.empty();
        }
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(committed.keySet().stream()
                        .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                .all().get(BrokerQuestion.TIMEOUT_MS, TimeUnit.MILLISECONDS);
        long applied = 0;
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> entry : committed.entrySet()) {
            applied += entry.getValue();
            behind += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue());
        }
        return Optional.of(new Position(applied, behind));
    }

    @Override
    public void destroy() {
        progress.close();
    }
}
