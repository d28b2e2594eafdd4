package vn.dvk.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.events.Topics;
import vn.dvk.platform.config.DvkProperties;
import vn.dvk.reporting.rebuild.adapter.KafkaEventHistory;
import vn.dvk.reporting.rebuild.domain.HistoryPartition;
import vn.dvk.reporting.rebuild.domain.TruncatedHistory;
import vn.dvk.testsupport.TestInfrastructure;

/**
 * The earliest offsets a rebuild checks, read from the real broker (ADR 0023): a mirrored copy of the award topic
 * whose first records the broker deleted starts past 0, and the refusal names it with the offset it starts at.
 */
class TruncatedHistoryIntegrationTest {

    @Test
    void a_partition_whose_first_records_were_deleted_is_reported_with_the_offset_it_starts_at() throws Exception {
        String alias = "t" + UUID.randomUUID().toString().substring(0, 8);
        String mirrored = alias + "." + Topics.AWARD;
        Map<String, Object> client = Map.of("bootstrap.servers", TestInfrastructure.kafkaBrokers());
        try (Admin admin = Admin.create(client);
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(client, new ByteArraySerializer(),
                     new ByteArraySerializer())) {
            admin.createTopics(List.of(new NewTopic(mirrored, 1, (short) 1))).all().get();
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(mirrored, 0, null, ("record " + i).getBytes(
                        StandardCharsets.UTF_8))).get();
            }
            admin.deleteRecords(Map.of(new TopicPartition(mirrored, 0), RecordsToDelete.beforeOffset(2))).all().get();
        }
        KafkaEventHistory history = new KafkaEventHistory(new DvkProperties(null, null, null, null, null,
                new DvkProperties.Kafka(TestInfrastructure.kafkaBrokers(), Map.of(), alias), null, null, null, null),
                null, null, null, 20_000);

        Map<HistoryPartition, Long> earliest = history.earliestOffsets();

        HistoryPartition truncated = new HistoryPartition(mirrored, 0);
        assertThat(earliest).containsEntry(truncated, 2L);
        assertThat(new TruncatedHistory(Map.of(truncated, 2L)).getMessage())
                .contains(mirrored + "-0 (bắt đầu từ vị trí 2)", "allowTruncatedHistory=true");
    }
}
