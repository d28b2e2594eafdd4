package vn.dvk.platform.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * Inputs that read the mirrored copies of a topic as well as the topic itself (ADR 0022). On a cluster into which
 * MirrorMaker 2 copies other clusters' topics under its default replication policy ({@code d124.dvk.registration}
 * for {@code dvk.registration} of the cluster aliased {@code d124}), {@code DVK_KAFKA_MIRRORED_FROM=d124,d125} names
 * those aliases, and every input binding of a dvk topic then consumes the topic and each of its mirrored copies: an
 * explicit list of destinations, each with its own dead-letter topic {@code error.<topic>.<group>} (a topic pattern
 * would rule dead letters out, and would also match MirrorMaker's internal topics).
 */
public final class MirroredInputs {

    /** The aliases of the clusters mirrored into this one; {@code DVK_KAFKA_MIRRORED_FROM}. */
    public static final String ALIASES = "dvk.kafka.mirrored-from";
    static final String PROPERTY_SOURCE = "dvkMirroredInputs";

    private static final Pattern DESTINATION = Pattern.compile("spring\\.cloud\\.stream\\.bindings\\.(.+-in-\\d+)"
            + "\\.destination");
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_-]+");

    private MirroredInputs() {
    }

    /** The aliases named by {@code dvk.kafka.mirrored-from} or {@code DVK_KAFKA_MIRRORED_FROM}, validated. */
    public static List<String> aliases(String list) {
        List<String> aliases = Arrays.stream(list == null ? new String[0] : list.split(","))
                .map(String::strip).filter(alias -> !alias.isEmpty()).distinct().toList();
        aliases.stream().filter(alias -> !ALIAS.matcher(alias).matches()).findFirst().ifPresent(alias -> {
            throw new IllegalArgumentException("DVK_KAFKA_MIRRORED_FROM: '" + alias
                    + "' is not a cluster alias (letters, digits, '_' and '-')");
        });
        return aliases;
    }

    /** A topic and its mirrored copies: {@code dvk.registration, d124.dvk.registration, …}. */
    public static List<String> topics(String topic, List<String> aliases) {
        return Stream.concat(Stream.of(topic), aliases.stream().map(alias -> alias + "." + topic)).toList();
    }

    /**
     * The destinations of the input bindings extended by the mirrored copies, as properties that take precedence
     * over the service's own {@code application.yml}; empty when nothing is mirrored into this cluster.
     */
    static Map<String, Object> destinations(ConfigurableEnvironment environment) {
        List<String> aliases = aliases(environment.getProperty(ALIASES, ""));
        Map<String, Object> destinations = new LinkedHashMap<>();
        if (aliases.isEmpty()) {
            return destinations;
        }
        environment.getPropertySources().stream()
                .filter(EnumerablePropertySource.class::isInstance)
                .flatMap(source -> Arrays.stream(((EnumerablePropertySource<?>) source).getPropertyNames()))
                .filter(name -> DESTINATION.matcher(name).matches())
                .distinct()
                .forEach(name -> {
                    String topic = environment.getProperty(name, "");
                    if (topic.startsWith("dvk.") && !topic.contains(",")) {
                        destinations.put(name, String.join(",", topics(topic, aliases)));
                    }
                });
        return destinations;
    }
}
