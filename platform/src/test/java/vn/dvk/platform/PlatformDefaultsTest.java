package vn.dvk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

class PlatformDefaultsTest {

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    private static ConfigurableEnvironment environmentOf(SpringApplicationBuilder builder) {
        try (var context = builder.web(WebApplicationType.NONE).run()) {
            return context.getEnvironment();
        }
    }

    @Test
    void platform_defaults_apply_when_nothing_else_sets_a_property() {
        ConfigurableEnvironment environment = environmentOf(new SpringApplicationBuilder(Empty.class)
                .properties("spring.main.lazy-initialization=true"));

        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.auto-create-topics")).isEqualTo("true");
    }

    @Test
    void properties_given_to_the_application_builder_win_over_platform_defaults() {
        ConfigurableEnvironment environment = environmentOf(new SpringApplicationBuilder(Empty.class)
                .properties("spring.main.lazy-initialization=true", "dvk.kafka.brokers=elsewhere:9092"));

        assertThat(environment.getProperty("dvk.kafka.brokers")).isEqualTo("elsewhere:9092");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.brokers")).isEqualTo("elsewhere:9092");
    }
}
