package vn.dvk.notification.delivery.adapter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import vn.dvk.notification.delivery.domain.ReportingProgress;

/**
 * Reporting's progress as the broker knows it: the offsets its consumer group ({@code reporting-<scope>}) committed
 * on the topics notices are made from, against those topics' ends. The broker lets notification-service's principal
 * describe reporting's groups, not consume in them ({@code KafkaAccess}). Read again at most every
 * {@link #FRESH_FOR}, whichever consumer asks; while the broker does not answer, the position is unknown and nobody
 * waits for it.
 */
class KafkaReportingProgress implements ReportingProgress, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KafkaReportingProgress.class);
    private static final Duration FRESH_FOR = Duration.ofSeconds(1);
    private static final int TIMEOUT_MS = 2000;

    private final Admin admin;
    private final String group;
    private final Set<String> topics;
    private final Clock clock;
    private Optional<Position> position = Optional.empty();
    private Instant readAt = Instant.MIN;
    private boolean unreadable;

    KafkaReportingProgress(Map<String, Object> clientProperties, String group, Set<String> topics, Clock clock) {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "dvk-notification-give-way");
        this.admin = Admin.create(properties);
        this.group = group;
        this.topics = Set.copyOf(topics);
        this.clock = clock;
    }

    @Override
    public synchronized Optional<Position> now() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH_FOR).isAfter(now)) {
            return position;
        }
        readAt = now;
        try {
            position = read();
            unreadable = false;
        } catch (ExecutionException | TimeoutException e) {
            if (!unreadable) {
                log.warn("the progress of {} cannot be read, notices do not wait for it: {}", group, e.toString());
            }
            unreadable = true;
            position = Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            position = Optional.empty();
        }
        return position;
    }

    private Optional<Position> read() throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, Long> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(TIMEOUT_MS, TimeUnit.MILLISECONDS).entrySet().stream()
                .filter(entry -> entry.getValue() != null && topics.contains(entry.getKey().topic()))
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        if (committed.isEmpty()) {
            return Optional.empty();
        }
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(committed.keySet().stream()
                        .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                .all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
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
        admin.close();
    }
}
