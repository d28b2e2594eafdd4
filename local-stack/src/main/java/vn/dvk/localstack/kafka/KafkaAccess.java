package vn.dvk.localstack.kafka;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who may do what on the broker: the one declaration from which {@code ./dvk} creates each service's principal and
 * ACLs ({@link KafkaAccessSetup}) and from which {@code docker/kafka-access.sh} is written for docker-compose. A
 * service writes only its own topic and reads only the topics it consumes, in consumer groups named
 * {@code <service>-<scope>}, and writes the dead-letter topics of its own inputs ({@code error.<topic>.<group>}).
 * {@code KafkaAccessConsistencyTest} keeps it in line with the services' bindings.
 */
public final class KafkaAccess {

    /** The broker's own principal and the one of the launcher and the operators' tools: a super user. */
    public static final String ADMIN = "admin";
    public static final int PARTITIONS = 3;
    /**
     * The unit directory ({@code Topics.UNIT_DIRECTORY}): reference data its owner writes and every service reads,
     * each instance with a consumer of its own that is assigned every partition (no consumer group, so no group
     * right): every instance must see every version.
     */
    public static final String UNIT_DIRECTORY_TOPIC = "dvk.unit-directory";
    public static final String UNIT_DIRECTORY_OWNER = "identity-service";

    /**
     * One service's rights.
     *
     * @param principal the service's name, which is also its Kafka user
     * @param writes    the topic it publishes its events to, if any
     * @param reads     the topics it consumes
     */
    public record ServiceAccess(String principal, Optional<String> writes, List<String> reads) {

        public ServiceAccess {
            reads = List.copyOf(reads);
        }

        /** Its consumer groups: one per scope, {@code registration-14}, {@code registration-124}, … */
        public String groupPrefix() {
            String name = principal.endsWith("-service")
                    ? principal.substring(0, principal.length() - "-service".length()) : principal;
            return name + "-";
        }

        /** The dead-letter topics of its inputs, one per topic and group: {@code error.<topic>.<group>}. */
        public List<String> deadLetterPrefixes() {
            return reads.stream().map(topic -> "error." + topic + "." + groupPrefix()).toList();
        }
    }

    public static final List<ServiceAccess> SERVICES = List.of(
            service("identity-service", "dvk.identity"),
            service("registration-service", "dvk.registration", "dvk.registration", "dvk.evaluation", "dvk.award"),
            service("evaluation-service", "dvk.evaluation", "dvk.registration", "dvk.award", "dvk.evaluation"),
            service("award-service", "dvk.award", "dvk.registration", "dvk.evaluation"),
            service("reporting-service", "dvk.reporting", "dvk.registration", "dvk.evaluation", "dvk.award"),
            reader("notification-service", "dvk.registration", "dvk.evaluation", "dvk.award", "dvk.identity"));

    private KafkaAccess() {
    }

    /** The event topics and the unit directory's, created by the administrator before any service starts. */
    public static List<String> topics() {
        return Stream.concat(SERVICES.stream().flatMap(service -> service.writes().stream()),
                Stream.of(UNIT_DIRECTORY_TOPIC)).toList();
    }

    public static Optional<ServiceAccess> of(String principal) {
        return SERVICES.stream().filter(service -> service.principal().equals(principal)).findFirst();
    }

    /** Every principal with a password: the administrator, then the services. */
    public static List<String> principals() {
        return Stream.concat(Stream.of(ADMIN), SERVICES.stream().map(ServiceAccess::principal)).toList();
    }

    private static ServiceAccess service(String principal, String writes, String... reads) {
        return new ServiceAccess(principal, Optional.of(writes), List.of(reads));
    }

    private static ServiceAccess reader(String principal, String... reads) {
        return new ServiceAccess(principal, Optional.empty(), List.of(reads));
    }
}
