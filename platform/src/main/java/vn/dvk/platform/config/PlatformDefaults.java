package vn.dvk.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Puts {@code dvk-platform-defaults.properties} below every other property source, so that every service shares
 * the same defaults and anything a service, the environment, the command line or a test sets wins. Spring Boot
 * keeps its {@code defaultProperties} (e.g. {@code SpringApplicationBuilder.properties(...)}) last of all, so the
 * platform's defaults are merged into it with those properties taking precedence. The service's logins to Kafka
 * ({@link KafkaLogin}) and to the store ({@link StoreLogin}), when it has them, and its database, of its scope, join
 * these defaults. On a cluster that MirrorMaker 2 feeds, the input bindings also read the mirrored copies of their
 * topics ({@link MirroredInputs}): those destinations rank above the services' {@code application.yml}, below the
 * environment and the command line.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String DEFAULT_PROPERTIES = "defaultProperties";
    private static final String SYSTEM_ENVIRONMENT = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> merged = new LinkedHashMap<>();
        try {
            PropertiesLoaderUtils.loadProperties(new ClassPathResource("dvk-platform-defaults.properties"))
                    .forEach((key, value) -> merged.put(key.toString(), value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        merged.putAll(StoreLogin.database(environment));
        merged.putAll(KafkaLogin.properties(environment));
        merged.putAll(StoreLogin.properties(environment));
        PropertySource<?> existing = environment.getPropertySources().get(DEFAULT_PROPERTIES);
        if (existing instanceof MapPropertySource given) {
            merged.putAll(given.getSource());
            environment.getPropertySources().replace(DEFAULT_PROPERTIES, new MapPropertySource(DEFAULT_PROPERTIES,
                    merged));
        } else {
            environment.getPropertySources().addLast(new MapPropertySource(DEFAULT_PROPERTIES, merged));
        }
        Map<String, Object> mirrored = MirroredInputs.destinations(environment);
        if (!mirrored.isEmpty()) {
            MapPropertySource destinations = new MapPropertySource(MirroredInputs.PROPERTY_SOURCE, mirrored);
            if (environment.getPropertySources().contains(SYSTEM_ENVIRONMENT)) {
                environment.getPropertySources().addAfter(SYSTEM_ENVIRONMENT, destinations);
            } else {
                environment.getPropertySources().addFirst(destinations);
            }
        }
    }
}
