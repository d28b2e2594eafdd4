package vn.dvk.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service instance of its own, scoped to a unit, in this JVM on a free port, with its own database on the shared
 * broker and store and the test OIDC provider as its issuer: for tests and benchmarks that need several instances
 * (a province, a district and a commune side by side) or settings of their own.
 */
public final class ScopedInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final ServiceClient http;

    private ScopedInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.http = new ServiceClient(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /**
     * Starts {@code application} scoped to {@code scope}; {@code settings} are further {@code --name=value}
     * arguments, which win over the defaults given here.
     */
    public static ScopedInstance start(Class<?> application, String scope, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.mongodb.database=scope_" + scope + "_" + UUID.randomUUID().toString().replace("-", "")));
        arguments.addAll(List.of(settings));
        return startWithStoreDefaults(application, scope, arguments.toArray(String[]::new));
    }

    /**
     * Starts {@code application} scoped to {@code scope} in the database the platform chooses for that scope by
     * default, as a deployment that sets nothing but {@code DVK_SCOPE} would: instances started so share the store
     * as they would in production.
     */
    public static ScopedInstance startWithStoreDefaults(Class<?> application, String scope, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--dvk.scope=" + scope, "--server.port=0",
                "--dvk.kafka.brokers=" + TestInfrastructure.kafkaBrokers(),
                "--dvk.mongo.uri=" + TestInfrastructure.mongoUri(),
                "--dvk.oidc.issuer=" + TestTokens.issuer(),
                "--dvk.outbox.poll-interval=100ms"));
        arguments.addAll(List.of(settings));
        return new ScopedInstance(new SpringApplicationBuilder(application).run(arguments.toArray(String[]::new)));
    }

    /** A client acting as an official with every role at the demo province. */
    public ServiceClient http() {
        return http;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
