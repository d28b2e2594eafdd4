package vn.dvk.localstack.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.dvk.localstack.process.JavaProcess;
import vn.dvk.localstack.secrets.StackSecrets;

/**
 * MirrorMaker 2 between a cluster of an upper level (a province) and the clusters of the levels below it (its
 * districts), run from Kafka's own classes ({@code org.apache.kafka.connect.mirror.MirrorMaker}, dedicated mode) with
 * its default replication policy, so that a copy names its source: {@code d124.dvk.registration} on the province is
 * {@code dvk.registration} of the cluster aliased {@code d124} (ADR 0022).
 * <p>
 * Up, every event topic of each lower cluster is copied to the upper one, where the instances read their topic and
 * its copies alike ({@code DVK_KAFKA_MIRRORED_FROM}). Down, the topics that carry the reference data the upper level
 * issues (campaigns and their deadlines on {@code dvk.registration}, inspection plans on {@code dvk.evaluation}) are
 * copied to each lower cluster; a lower instance keeps of them only what its scope accepts (ADR 0018). MirrorMaker
 * never copies a copy back to the cluster it came from, and copies only the local topics named here, so a district's
 * events never return to it and no district receives another's.
 * <p>
 * The directory holds {@code mm2.properties}, written owner-only when the clusters are secured (it holds
 * {@link KafkaAccess#MIRROR_MAKER}'s password).
 * <p>
 * {@linkplain #listeningOn Listening on a port}, it brings up MirrorMaker's internal REST server (dedicated mode's
 * {@code dedicated.mode.enable.internal.rest}), which {@code ./dvk} probes as its sign of life.
 */
public final class KafkaMirror {

    public static final String MAIN_CLASS = "org.apache.kafka.connect.mirror.MirrorMaker";
    public static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-Dlogback.configurationFile=logback-stack.xml");
    /** The topics whose reference data flows down: campaigns (registration) and inspection plans (evaluation). */
    /**
     * What MirrorMaker logs once every herder has started and its internal REST resources are in place: its REST port
     * listens some 30 seconds earlier, before it has joined the clusters, and it may still fail after that.
     */
    static final String STARTED = "Kafka MirrorMaker started";

    public static final List<String> DOWN_TOPICS = List.of("dvk.registration", "dvk.evaluation");

    /** A cluster MirrorMaker joins: its alias (the prefix of its copies) and its bootstrap servers. */
    public record Cluster(String alias, String bootstrapServers) {
        private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9_-]*");

        public Cluster {
            if (!ALIAS.matcher(alias).matches()) {
                throw new IllegalArgumentException("a cluster alias is lower-case letters, digits, '_' and '-': "
                        + alias);
            }
        }
    }

    private final Path directory;
    private final Cluster upper;
    private final List<Cluster> lower;
    private final Optional<KafkaCredentials> login;
    private final Optional<String> restListener;

    private KafkaMirror(Path directory, Cluster upper, List<Cluster> lower, Optional<KafkaCredentials> login,
            Optional<String> restListener) {
        this.directory = directory.toAbsolutePath();
        this.upper = upper;
        this.lower = List.copyOf(lower);
        this.login = login;
        this.restListener = restListener;
    }

    /** Between open clusters. */
    public static KafkaMirror between(Path directory, Cluster upper, List<Cluster> lower) {
        return new KafkaMirror(directory, upper, lower, Optional.empty(), Optional.empty());
    }

    /** Between secured clusters, on each of which it logs in as {@link KafkaAccess#MIRROR_MAKER}. */
    public static KafkaMirror secured(Path directory, Cluster upper, List<Cluster> lower, StackSecrets secrets) {
        return new KafkaMirror(directory, upper, lower, Optional.of(secrets.credentials(KafkaAccess.MIRROR_MAKER)),
                Optional.empty());
    }

    /** Between secured clusters, logging in with {@code login}: a script's that reads the password when it runs. */
    static KafkaMirror loggingInAs(Path directory, Cluster upper, List<Cluster> lower, KafkaCredentials login) {
        return new KafkaMirror(directory, upper, lower, Optional.of(login), Optional.empty());
    }

    /** The same mirror with its internal REST server listening on {@code host:port}. */
    public KafkaMirror listeningOn(String host, int port) {
        return new KafkaMirror(directory, upper, lower, login, Optional.of("http://" + host + ":" + port));
    }

    /** The aliases of the clusters mirrored into the upper cluster: its {@code DVK_KAFKA_MIRRORED_FROM}. */
    public List<String> mirroredIntoUpper() {
        return lower.stream().map(Cluster::alias).toList();
    }

    /** The alias mirrored into each lower cluster: its {@code DVK_KAFKA_MIRRORED_FROM}. */
    public List<String> mirroredIntoLower() {
        return List.of(upper.alias());
    }

    public Path configuration() {
        return directory.resolve("mm2.properties");
    }

    public String properties() {
        List<Cluster> clusters = new ArrayList<>(List.of(upper));
        clusters.addAll(lower);
        List<String> lines = new ArrayList<>(List.of(
                "# Written on every start by " + KafkaMirror.class.getName() + "; change that class, not this file.",
                "clusters=" + clusters.stream().map(Cluster::alias).collect(Collectors.joining(","))));
        for (Cluster cluster : clusters) {
            lines.add(cluster.alias() + ".bootstrap.servers=" + cluster.bootstrapServers());
            login.ifPresent(credentials -> credentials.clientProperties(KafkaCredentials.SCRAM).forEach(
                    (key, value) -> lines.add(cluster.alias() + "." + key + "=" + KafkaBroker.propertiesValue(value))));
        }
        String up = topicList(KafkaAccess.topics());
        String down = topicList(DOWN_TOPICS);
        for (Cluster district : lower) {
            lines.add(district.alias() + "->" + upper.alias() + ".enabled=true");
            lines.add(district.alias() + "->" + upper.alias() + ".topics=" + up);
            lines.add(upper.alias() + "->" + district.alias() + ".enabled=true");
            lines.add(upper.alias() + "->" + district.alias() + ".topics=" + down);
        }
        lines.addAll(List.of(
                "# Single-node clusters: one replica of everything.",
                "replication.factor=1",
                "checkpoints.topic.replication.factor=1",
                "heartbeats.topic.replication.factor=1",
                "offset-syncs.topic.replication.factor=1",
                "offset.storage.replication.factor=1",
                "status.storage.replication.factor=1",
                "config.storage.replication.factor=1",
                "# Kafka's plugins declare themselves to the ServiceLoader: no reflective scan of the class path,",
                "# which takes minutes on a loaded machine.",
                "plugin.discovery=service_load",
                "# The clusters' ACLs are declared by KafkaAccess on each of them, not copied.",
                "sync.topic.acls.enabled=false",
                "# New topics and consumer groups are noticed within seconds, not the default ten minutes.",
                "refresh.topics.interval.seconds=10",
                "refresh.groups.interval.seconds=10",
                "emit.checkpoints.interval.seconds=10"));
        restListener.ifPresent(listener -> lines.addAll(List.of(
                "# Its internal REST server: the port that tells it runs.",
                "dedicated.mode.enable.internal.rest=true",
                "listeners=" + listener)));
        lines.add("");
        return String.join("\n", lines);
    }

    /**
     * The topics a flow copies: MirrorMaker reads a comma-separated list of regular expressions, each dot escaped
     * (and its backslash doubled for the properties file).
     */
    private static String topicList(List<String> topics) {
        return topics.stream().map(topic -> topic.replace(".", "\\\\.")).collect(Collectors.joining(","));
    }

    /** Writes {@code mm2.properties}. */
    public void writeConfiguration() {
        try {
            Files.createDirectories(directory);
            if (login.isPresent()) {
                StackSecrets.writeOwnerOnly(configuration(), properties());
            } else {
                Files.writeString(configuration(), properties());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + configuration(), e);
        }
    }

    /** MirrorMaker's JVM; it reads the configuration written by {@link #writeConfiguration()}. */
    public JavaProcess.Builder process(String name, String classPath) {
        return JavaProcess.named(name)
                .jvmOptions(JVM_OPTIONS)
                .mainClass(classPath, MAIN_CLASS)
                .arguments(List.of(configuration().toString()));
    }

    /** Whether MirrorMaker logged that it has started, in what its log gained after {@code sizeAtLaunch} bytes. */
    public static boolean startedSince(Path log, long sizeAtLaunch) {
        if (!Files.exists(log)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(Math.min(sizeAtLaunch, Files.size(log)));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(STARTED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }
}
