package vn.dvk.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * One real Kafka broker and one MongoDB-wire store per test JVM, started on first use and shared by every Spring
 * context of that JVM; each context gets its own database. MongoDB comes from {@code DVK_MONGO_URI} when set, from
 * Testcontainers when a Docker engine answers, and from the embedded mongo-java-server otherwise; the log says which.
 * <p>
 * Use it as the initializer of a Spring Boot test, or through {@link DvkIntegrationTest}.
 */
public final class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private static EmbeddedKafkaBroker kafka;
    private static String mongoUri;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "dvk.kafka.brokers=" + kafkaBrokers(),
                "dvk.mongo.uri=" + mongoUri(),
                "spring.mongodb.database=test_" + UUID.randomUUID().toString().replace("-", ""),
                "dvk.outbox.poll-interval=100ms",
                "dvk.oidc.issuer=" + TestTokens.issuer()
        ).applyTo(context);
    }

    /** Bootstrap servers of the shared broker. */
    public static synchronized String kafkaBrokers() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
            broker.brokerProperty("auto.create.topics.enable", "true");
            broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
            broker.afterPropertiesSet();
            kafka = broker;
            log.info("test infrastructure: real Kafka broker (KRaft, in-JVM) at {}", broker.getBrokersAsString());
        }
        return kafka.getBrokersAsString();
    }

    /** Connection string of the shared store, without a database. */
    public static synchronized String mongoUri() {
        if (mongoUri == null) {
            String external = System.getenv("DVK_MONGO_URI");
            if (external != null && !external.isBlank()) {
                mongoUri = external;
                log.info("test infrastructure: MongoDB from DVK_MONGO_URI");
            } else if (dockerAvailable()) {
                MongoDBContainer container = new MongoDBContainer("mongo:8");
                container.start();
                mongoUri = container.getConnectionString();
                log.info("test infrastructure: MongoDB from Testcontainers ({})", mongoUri);
            } else {
                MongoServer server = new MongoServer(new MemoryBackend());
                InetSocketAddress address = server.bind();
                mongoUri = "mongodb://127.0.0.1:" + address.getPort();
                log.info("test infrastructure: no Docker engine, embedded mongo-java-server at {}", mongoUri);
            }
        }
        return mongoUri;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
