package vn.dvk.localstack.kafka;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who may do what on the broker: the one declaration from which {@code ./dvk} creates each service's principal and
 * ACLs ({@link KafkaAccessSetup}) and from which {@code docker/kafka-access.sh} is written for docker-compose. A
 * service writes only its own topic and reads only the topics it consumes, in consumer groups named
 * {@code <service>-<scope>}, and writes the dead-letter topics of its own inputs ({@code error.<topic>.<group>}). A
 * service that gives way to another ({@code watches}) may describe that service's groups: read how far they are.
 * {@code KafkaAccessConsistencyTest} keeps it in line with the services' bindings.
 * <p>
 * A cluster into which MirrorMaker 2 copies other clusters' topics (ADR 0022) also lets each service read the copies
 * of the topics it reads ({@code <alias>.<topic>}) and dead-letter them, and has the principal {@link #MIRROR_MAKER}
 * with only what MirrorMaker needs ({@link KafkaAccessSetup#mirrorBindings}).
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
    /** MirrorMaker 2's principal on every cluster it joins. */
    public static final String MIRROR_MAKER = "mirror-maker";

    /**
     * One service's rights.
     *
     * @param principal the service's name, which is also its Kafka user
     * @param writes    the topic it publishes its events to, if any
     * @param reads     the topics it consumes
     * @param watches   the services whose consumer groups' committed offsets it reads (notification-service gives
     *                  way to reporting-service while that one is behind, ADR 0010); it may not consume in them
     */
    public record ServiceAccess(String principal, Optional<String> writes, List<String> reads, List<String> watches) {

        public ServiceAccess {
            reads = List.copyOf(reads);
            watches = List.copyOf(watches);
        }

        /** Its consumer groups: one per scope, {@code registration-14}, {@code registration-124}, … */
        public String groupPrefix() {
            return groupPrefix(principal);
        }

        /** The consumer groups of a service: {@code reporting-} for {@code reporting-service}. */
        public static String groupPrefix(String principal) {
            String name = principal.endsWith("-service")
                    ? principal.substring(0, principal.length() - "-service".length()) : principal;
            return name + "-";
        }

        /** The dead-letter topics of its inputs, one per topic and group: {@code error.<topic>.<group>}. */
        public List<String> deadLetterPrefixes() {
            return deadLetterPrefixes(List.of());
        }

        /** The topics it reads on a cluster fed with the topics of the clusters {@code mirroredFrom}: copies too. */
        public List<String> reads(List<String> mirroredFrom) {
            return reads.stream().flatMap(topic -> withMirrors(topic, mirroredFrom).stream()).toList();
        }

        /** The dead-letter topics of its inputs and of their mirrored copies. */
        public List<String> deadLetterPrefixes(List<String> mirroredFrom) {
            return reads(mirroredFrom).stream().map(topic -> "error." + topic + "." + groupPrefix()).toList();
        }
    }

    public static final List<ServiceAccess> SERVICES = List.of(
            service("identity-service", "dvk.identity"),
            service("registration-service", "dvk.registration", "dvk.registration", "dvk.evaluation", "dvk.award"),
            service("evaluation-service", "dvk.evaluation", "dvk.registration", "dvk.award", "dvk.evaluation"),
            service("award-service", "dvk.award", "dvk.registration", "dvk.evaluation"),
            service("reporting-service", "dvk.reporting", "dvk.registration", "dvk.evaluation", "dvk.award"),
            new ServiceAccess("notification-service", Optional.empty(),
                    List.of("dvk.registration", "dvk.evaluation", "dvk.award", "dvk.identity"),
                    List.of("reporting-service")));

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

    /** A topic and its copies under MirrorMaker 2's default replication policy: {@code d124.dvk.registration}. */
    public static List<String> withMirrors(String topic, List<String> mirroredFrom) {
        return Stream.concat(Stream.of(topic), mirroredFrom.stream().map(alias -> alias + "." + topic)).toList();
    }

    private static ServiceAccess service(String principal, String writes, String... reads) {
        return new ServiceAccess(principal, Optional.of(writes), List.of(reads), List.of());
    }
}
