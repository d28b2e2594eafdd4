package vn.dvk.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class MirroredInputsTest {

    private static final Map<String, Object> REPORTING_BINDINGS = Map.of(
            "spring.cloud.stream.bindings.registrationEvents-in-0.destination", "dvk.registration",
            "spring.cloud.stream.bindings.registrationEvents-in-0.group", "reporting-${dvk.scope:root}",
            "spring.cloud.stream.bindings.awardEvents-in-0.destination", "dvk.award");

    @Test
    void given_a_province_cluster_fed_by_two_districts_when_started_then_each_input_reads_its_topic_and_their_copies() {
        StandardEnvironment environment = serviceWith(Map.of("dvk.kafka.mirrored-from", "d124, d125"));

        new PlatformDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.cloud.stream.bindings.registrationEvents-in-0.destination"))
                .isEqualTo("dvk.registration,d124.dvk.registration,d125.dvk.registration");
        assertThat(environment.getProperty("spring.cloud.stream.bindings.awardEvents-in-0.destination"))
                .isEqualTo("dvk.award,d124.dvk.award,d125.dvk.award");
        assertThat(environment.getProperty("spring.cloud.stream.bindings.registrationEvents-in-0.group"))
                .isEqualTo("reporting-root");
    }

    @Test
    void given_no_mirrored_cluster_when_started_then_the_inputs_read_their_own_topic_alone() {
        StandardEnvironment environment = serviceWith(Map.of());

        new PlatformDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.cloud.stream.bindings.registrationEvents-in-0.destination"))
                .isEqualTo("dvk.registration");
        assertThat(environment.getPropertySources().contains(MirroredInputs.PROPERTY_SOURCE)).isFalse();
    }

    @Test
    void given_a_destination_set_in_the_environment_when_started_then_it_wins_over_the_mirrored_list() {
        StandardEnvironment environment = serviceWith(Map.of("dvk.kafka.mirrored-from", "d124"));
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                        "spring.cloud.stream.bindings.awardEvents-in-0.destination", "dvk.award")));

        new PlatformDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.cloud.stream.bindings.awardEvents-in-0.destination"))
                .isEqualTo("dvk.award");
    }

    @Test
    void a_topic_keeps_its_copies_in_the_order_of_the_aliases() {
        assertThat(new DvkProperties.Kafka("127.0.0.1:9092", null, "d124,d125").withMirrors("dvk.evaluation"))
                .containsExactly("dvk.evaluation", "d124.dvk.evaluation", "d125.dvk.evaluation");
        assertThat(new DvkProperties.Kafka("127.0.0.1:9092", null, "").withMirrors("dvk.evaluation"))
                .containsExactly("dvk.evaluation");
    }

    @Test
    void an_alias_that_is_no_cluster_alias_is_refused() {
        assertThatThrownBy(() -> MirroredInputs.aliases("d124,dvk.registration"))
                .hasMessageContaining("DVK_KAFKA_MIRRORED_FROM").hasMessageContaining("dvk.registration");
    }

    private static StandardEnvironment serviceWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application.yml", REPORTING_BINDINGS));
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
