package vn.dvk.notification.delivery.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.testsupport.TestInfrastructure;

/**
 * On the real broker: the consumer group of a commune's notification instance ({@code notification-04165}, a commune
 * no other test of this JVM tells anyone in) makes it a lower instance for the district's and the province's
 * instances, and for no one else.
 */
class ConsumerGroupInstancesTest {

    private static final String LOWER_GROUP = ConsumerGroupInstances.GROUP_PREFIX + "04165";
    private static final String TOPIC = "notification-instances-probe";

    private static Admin admin;

    @BeforeAll
    static void a_commune_instance_has_consumed() throws ExecutionException, InterruptedException {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBrokers()));
        admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        // The group coordinator learns of the new topic a moment after it is created.
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            admin.alterConsumerGroupOffsets(LOWER_GROUP, Map.of(new TopicPartition(TOPIC, 0),
                    new OffsetAndMetadata(0))).all().get();
            return true;
        });
    }

    @AfterAll
    static void retire_it() throws ExecutionException, InterruptedException {
        admin.deleteConsumerGroups(List.of(LOWER_GROUP)).all().get();
        admin.deleteTopics(List.of(TOPIC)).all().get();
        admin.close();
    }

    private static ConsumerGroupInstances instanceOf(String scope) {
        return new ConsumerGroupInstances(Map.of("bootstrap.servers", TestInfrastructure.kafkaBrokers()),
                new InstanceScope(DemoUnits.DIRECTORY, scope), Clock.systemUTC());
    }

    @Test
    void given_a_commune_instance_then_its_district_and_province_leave_it_its_units_and_nothing_else() {
        ConsumerGroupInstances district = instanceOf("125");
        ConsumerGroupInstances province = instanceOf("14");
        ConsumerGroupInstances commune = instanceOf("04165");
        ConsumerGroupInstances otherDistrict = instanceOf("124");

        assertThat(district.serve("14/125/04165")).isTrue();
        assertThat(province.serve("14/125/04165")).isTrue();
        assertThat(district.serve("14/125/04162")).isFalse();
        assertThat(district.serve("14/125")).isFalse();
        assertThat(commune.serve("14/125/04165")).as("its own scope is not below it").isFalse();
        assertThat(otherDistrict.serve("14/124/04096")).isFalse();
        for (ConsumerGroupInstances instance : List.of(district, province, commune, otherDistrict)) {
            instance.destroy();
        }
    }
}
