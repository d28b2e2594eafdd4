package vn.dvk.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code dvk-platform-defaults.properties} as the LAST property source, so that every service shares the same
 * defaults (ports aside) and anything a service, the environment or a test sets wins.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String NAME = "dvkPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(NAME,
                    new ClassPathResource("dvk-platform-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
