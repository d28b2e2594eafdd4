package vn.dvk.notification.delivery.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvk.notification.delivery.domain.ReportingProgress.Position;
import vn.dvk.testsupport.TestInfrastructure;

/**
 * On the real broker: a reporting group that committed 4 of the 10 events of one input and all 3 of another is 6
 * behind with 7 applied; what it committed on a topic notices are not made from does not count.
 */
class KafkaReportingProgressTest {

    private static final String GROUP = "reporting-give-way-probe";
    private static final String REGISTRATIONS = "give-way-probe-registrations";
    private static final String EVALUATIONS = "give-way-probe-evaluations";
    private static final String ELSEWHERE = "give-way-probe-elsewhere";

    private static Admin admin;

    @BeforeAll
    static void reporting_has_applied_part_of_the_inputs() throws ExecutionException, InterruptedException {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBrokers()));
        admin.createTopics(List.of(new NewTopic(REGISTRATIONS, 1, (short) 1), new NewTopic(EVALUATIONS, 1, (short) 1),
                new NewTopic(ELSEWHERE, 1, (short) 1))).all().get();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBrokers()), new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>(REGISTRATIONS, "m-" + i, "{}"));
                producer.send(new ProducerRecord<>(ELSEWHERE, "m-" + i, "{}"));
            }
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(EVALUATIONS, "m-" + i, "{}"));
            }
            producer.flush();
        }
        admin.alterConsumerGroupOffsets(GROUP, Map.of(
                new TopicPartition(REGISTRATIONS, 0), new OffsetAndMetadata(4),
                new TopicPartition(EVALUATIONS, 0), new OffsetAndMetadata(3),
                new TopicPartition(ELSEWHERE, 0), new OffsetAndMetadata(0))).all().get();
    }

    @AfterAll
    static void clean_up() throws ExecutionException, InterruptedException {
        admin.deleteConsumerGroups(List.of(GROUP)).all().get();
        admin.deleteTopics(List.of(REGISTRATIONS, EVALUATIONS, ELSEWHERE)).all().get();
        admin.close();
    }

    private static KafkaReportingProgress progressOf(String group) {
        return new KafkaReportingProgress(Map.of("bootstrap.servers", TestInfrastructure.kafkaBrokers()), group,
                Set.of(REGISTRATIONS, EVALUATIONS), Clock.systemUTC());
    }

    @Test
    void given_a_group_that_applied_part_then_its_position_counts_the_notice_topics_only() {
        KafkaReportingProgress reporting = progressOf(GROUP);
        try {
            assertThat(reporting.now()).contains(new Position(7, 6));
        } finally {
            reporting.destroy();
        }
    }

    @Test
    void given_no_reporting_instance_of_the_scope_then_its_position_is_unknown() {
        KafkaReportingProgress reporting = progressOf("reporting-nowhere");
        try {
            assertThat(reporting.now()).isEmpty();
        } finally {
            reporting.destroy();
        }
    }
}
