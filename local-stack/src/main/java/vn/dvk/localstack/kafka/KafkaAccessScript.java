package vn.dvk.localstack.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * {@link KafkaAccess} as the shell script docker-compose's {@code kafka-access} container runs with Kafka's own
 * tools ({@code docker/kafka-access.sh}): the topics, each service's SCRAM user with the password of its secret, and
 * the same ACLs {@link KafkaAccessSetup} creates for {@code ./dvk}. The file is written from this class
 * ({@code main}: the path) and {@code KafkaAccessScriptTest} fails while it differs.
 * <p>
 * The container names the broker in {@code DVK_KAFKA_BOOTSTRAP} (default {@code kafka:9092}) and, on a cluster
 * MirrorMaker 2 copies others into, their aliases in {@code DVK_KAFKA_MIRRORED_FROM}: the script then also creates
 * the copies, lets each service read and dead-letter them, and gives {@link KafkaAccess#MIRROR_MAKER} its ACLs, in
 * loops whose lines are {@link KafkaAccessSetup}'s bindings for the alias {@value #ALIAS}.
 */
public final class KafkaAccessScript {

    /** The loop variable over the mirrored aliases: the script's lines for one alias name it so. */
    private static final String ALIAS = "${alias}";
    private static final String EACH_ALIAS = "for alias in ${mirrored_from//,/ }; do";

    private KafkaAccessScript() {
    }

    public static void main(String[] arguments) throws IOException {
        Files.writeString(Path.of(arguments[0]), render(), StandardCharsets.UTF_8);
    }

    public static String render() {
        List<String> lines = new ArrayList<>(List.of(
                "#!/bin/bash",
                "# Written by " + KafkaAccessScript.class.getName() + " from KafkaAccess, the one declaration",
                "# of who may do what on the broker; change that class and write this file again",
                "# (KafkaAccessScriptTest says how).",
                "# Run by docker-compose's kafka-access container once the broker is healthy: idempotent.",
                "set -euo pipefail",
                "bootstrap=${DVK_KAFKA_BOOTSTRAP:-kafka:9092}",
                "# The aliases of the clusters MirrorMaker 2 copies into this one, comma-separated (ADR 0022).",
                "mirrored_from=${DVK_KAFKA_MIRRORED_FROM:-}",
                "config=/tmp/admin.properties",
                "secret() { tr -d '\\n' < \"/run/secrets/$1\"; }",
                "umask 077",
                "printf '%s\\n' 'security.protocol=SASL_PLAINTEXT' 'sasl.mechanism=PLAIN' \\",
                "  \"sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\\\""
                        + KafkaAccess.ADMIN + "\\\" password=\\\"$(secret kafka-" + KafkaAccess.ADMIN
                        + ")\\\";\" > \"$config\"",
                "topic() { /opt/kafka/bin/kafka-topics.sh --bootstrap-server \"$bootstrap\""
                        + " --command-config \"$config\" --create --if-not-exists --topic \"$1\""
                        + " --partitions " + KafkaAccess.PARTITIONS + " --replication-factor 1; }",
                "user() { /opt/kafka/bin/kafka-configs.sh --bootstrap-server \"$bootstrap\""
                        + " --command-config \"$config\" --alter --entity-type users --entity-name \"$1\""
                        + " --add-config \"SCRAM-SHA-512=[iterations=8192,password=$(secret \"kafka-$1\")]\"; }",
                "allow() { /opt/kafka/bin/kafka-acls.sh --bootstrap-server \"$bootstrap\" --command-config \"$config\""
                        + " --add --allow-principal \"User:$1\" \"${@:2}\"; }",
                ""));
        KafkaAccess.topics().forEach(topic -> lines.add("topic " + topic));
        lines.add(EACH_ALIAS);
        KafkaAccess.topics().forEach(topic -> lines.add("  topic " + ALIAS + "." + topic));
        lines.add("done");
        for (KafkaAccess.ServiceAccess service : KafkaAccess.SERVICES) {
            lines.add("");
            lines.add("user " + service.principal());
            List<AclBinding> own = KafkaAccessSetup.bindings(service);
            allow(lines, "", service.principal(), own);
            List<AclBinding> copies = new ArrayList<>(KafkaAccessSetup.bindings(service, List.of(ALIAS)));
            copies.removeAll(own);
            if (!copies.isEmpty()) {
                lines.add(EACH_ALIAS);
                allow(lines, "  ", service.principal(), copies);
                lines.add("done");
            }
        }
        lines.add("");
        lines.add("if [[ -n $mirrored_from ]]; then");
        lines.add("  user " + KafkaAccess.MIRROR_MAKER);
        List<AclBinding> mirror = KafkaAccessSetup.mirrorBindings(List.of());
        allow(lines, "  ", KafkaAccess.MIRROR_MAKER, mirror);
        List<AclBinding> perAlias = new ArrayList<>(KafkaAccessSetup.mirrorBindings(List.of(ALIAS)));
        perAlias.removeAll(mirror);
        lines.add("  " + EACH_ALIAS);
        allow(lines, "    ", KafkaAccess.MIRROR_MAKER, perAlias);
        lines.add("  done");
        lines.add("fi");
        lines.add("");
        return String.join("\n", lines);
    }

    /** One {@code allow} line per resource, naming all its operations. */
    private static void allow(List<String> lines, String indent, String principal, List<AclBinding> bindings) {
        Map<ResourcePattern, List<String>> operations = new LinkedHashMap<>();
        for (AclBinding binding : bindings) {
            operations.computeIfAbsent(binding.pattern(), any -> new ArrayList<>())
                    .add(binding.entry().operation().name());
        }
        operations.forEach((pattern, names) -> lines.add(indent + allow(principal, pattern, names)));
    }

    private static String allow(String principal, ResourcePattern pattern, List<String> operations) {
        StringBuilder line = new StringBuilder("allow " + principal);
        for (String operation : operations) {
            // As kafka-acls.sh names them: DESCRIBE_CONFIGS is DescribeConfigs.
            line.append(" --operation ");
            for (String word : operation.split("_")) {
                line.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        line.append(pattern.resourceType() == ResourceType.GROUP ? " --group " : " --topic ").append(pattern.name());
        if (pattern.patternType() == PatternType.PREFIXED) {
            line.append(" --resource-pattern-type prefixed");
        }
        return line.toString();
    }
}
