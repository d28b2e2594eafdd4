package vn.dvk.localstack.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link KafkaMirror} as the shell script docker-compose's {@code mirror-maker} container runs
 * ({@code docker/mirror-maker.sh}, profile {@code district}): it writes the same {@code mm2.properties} between the
 * province's cluster ({@code kafka}, alias {@value #PROVINCE}) and the district's ({@code kafka-district}, alias
 * {@value #DISTRICT}), with {@link KafkaAccess#MIRROR_MAKER}'s password read from its secret, and runs Kafka's own
 * {@code connect-mirror-maker.sh}. The file is written from this class ({@code main}: the path) and
 * {@code KafkaAccessScriptTest} fails while it differs.
 */
public final class KafkaMirrorScript {

    public static final String PROVINCE = "p14";
    public static final String DISTRICT = "d124";
    private static final String CONFIGURATION = "/tmp/mm2.properties";

    private KafkaMirrorScript() {
    }

    public static void main(String[] arguments) throws IOException {
        Files.writeString(Path.of(arguments[0]), render(), StandardCharsets.UTF_8);
    }

    public static String render() {
        KafkaMirror mirror = KafkaMirror.loggingInAs(Path.of(CONFIGURATION).getParent(),
                new KafkaMirror.Cluster(PROVINCE, "kafka:9092"),
                List.of(new KafkaMirror.Cluster(DISTRICT, "kafka-district:9092")),
                new KafkaCredentials(KafkaAccess.MIRROR_MAKER, "$password"));
        // An unquoted here-document expands $password and reads a backslash as an escape: the properties' own
        // backslashes (the topics' escaped dots) are doubled to stay as they are.
        String properties = mirror.properties().replace("\\", "\\\\").replace("`", "\\`");
        return String.join("\n",
                "#!/bin/bash",
                "# Written by " + KafkaMirrorScript.class.getName() + " from KafkaMirror; change those classes",
                "# and write this file again (KafkaAccessScriptTest says how).",
                "# Run by docker-compose's mirror-maker container (profile district): MirrorMaker 2 between the",
                "# province's cluster (kafka, alias " + PROVINCE + ") and district " + DISTRICT.substring(1)
                        + "'s (kafka-district, alias " + DISTRICT + "), ADR 0022.",
                "set -euo pipefail",
                "password=$(tr -d '\\n' < /run/secrets/kafka-" + KafkaAccess.MIRROR_MAKER + ")",
                "umask 077",
                "cat > " + CONFIGURATION + " <<PROPERTIES",
                properties.stripTrailing(),
                "PROPERTIES",
                "exec /opt/kafka/bin/connect-mirror-maker.sh " + CONFIGURATION,
                "");
    }
}
