package vn.dvk.localstack.process;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * How a dvk service runs from its packaged jar, for the launcher and the system tests alike: its JVM options, the
 * environment that points it at Kafka and the store, and the probe that says it is ready.
 */
public final class ServiceLaunch {

    /** Several services share two cores: C1 only and the serial collector keep their start-up short. */
    public static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    public static final String READINESS_PATH = "/actuator/health/readiness";

    private ServiceLaunch() {
    }

    /** The service's jar as the build leaves it: {@code <module>/target/<module>.jar}. */
    public static Path builtJar(Path repositoryRoot, String service) {
        return repositoryRoot.resolve(service).resolve("target").resolve(service + ".jar");
    }

    public static JavaProcess.Builder of(String service, Path jar, int port, String kafkaBrokers, String mongoUri) {
        return JavaProcess.named(service)
                .jvmOptions(JVM_OPTIONS)
                .jar(jar)
                .environment("SERVER_PORT", Integer.toString(port))
                .environment("DVK_KAFKA_BROKERS", kafkaBrokers)
                .environment("DVK_MONGO_URI", mongoUri);
    }

    public static URI readiness(String host, int port) {
        return URI.create("http://" + host + ":" + port + READINESS_PATH);
    }
}
