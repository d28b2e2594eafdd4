package vn.dvk.localstack.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The commands of {@code ./dvk} and {@code dvk.cmd}: start, start-district, stop, status, logs, Kafka's tools,
 * import-units, token, secrets, backup, restore, help.
 * {@link #run} returns the exit code; a foreground {@code start} returns only if it fails, and otherwise ends with
 * the JVM when a signal has stopped the stack.
 */
public final class Launcher {

    private final Layout layout;
    private final Console console;
    private final Path workingDirectory;

    public Launcher(Layout layout, Console console, Path workingDirectory) {
        this.layout = layout;
        this.console = console;
        this.workingDirectory = workingDirectory;
    }

    public int run(String... arguments) {
        String command = arguments.length == 0 ? "help" : arguments[0];
        List<String> rest = Arrays.asList(arguments).subList(Math.min(1, arguments.length), arguments.length);
        try {
            return switch (command) {
                case "start" -> new StartCommand(layout, console).run(rest, () -> usage(console.out()));
                case "start-district" -> startDistrict(rest);
                case "stop" -> new StopCommand(layout, console).run();
                case "status" -> new StatusCommand(layout, console).run();
                case "logs" -> new LogsCommand(layout, console).run(rest);
                case "kafka-topics" -> new KafkaToolCommand(layout, console)
                        .run(KafkaToolCommand.Tool.TOPICS, rest);
                case "kafka-console-consumer" -> new KafkaToolCommand(layout, console)
                        .run(KafkaToolCommand.Tool.CONSOLE_CONSUMER, rest);
                case "import-units" -> new ImportUnitsCommand(layout, console).run(rest, workingDirectory);
                case "token" -> new TokenCommand(layout).run(rest);
                case "secrets" -> {
                    layout.secrets().ensureCompose();
                    console.info("the passwords are in " + layout.display(layout.secretsDirectory())
                            + " (missing ones were generated; docker-compose mounts them as secrets)");
                    yield 0;
                }
                case "backup" -> new BackupCommand(layout, console).backup(rest, workingDirectory);
                case "restore" -> new BackupCommand(layout, console).restore(rest, workingDirectory);
                case "help", "-h", "--help" -> {
                    usage(console.out());
                    yield 0;
                }
                default -> {
                    usage(console.err());
                    yield 2;
                }
            };
        } catch (CommandFailed failed) {
            console.fail(failed.getMessage());
            return failed.exitCode();
        }
    }

    private int startDistrict(List<String> arguments) {
        if (arguments.isEmpty() || arguments.get(0).startsWith("-")) {
            usage(console.err());
            return 2;
        }
        return new StartCommand(DistrictCluster.of(layout, arguments.get(0)), console)
                .run(arguments.subList(1, arguments.size()), () -> usage(console.out()));
    }

    private void usage(PrintStream out) {
        String command = layout.command();
        String kafka = layout.kafka().map(component -> layout.host() + ":" + component.port()).orElse("-");
        String names = layout.components().stream().map(Component::shortName).collect(Collectors.joining(", "));
        out.print(String.join(System.lineSeparator(),
                "usage: " + command + " <command> [args]",
                "",
                "  start [--demo] [--detach]   build what is missing, start Kafka, the store and the services, wait",
                "                              until all are ready and print their URLs; stays in the foreground",
                "                              (Ctrl-C stops all) unless --detach. --demo sets DVK_DEMO=true (each",
                "                              service loads its demo data once; identity-service creates the demo",
                "                              logins, printed with their password, kept in .dvk/demo-password).",
                "  start-district <code> [--detach]",
                "                              beside a running stack, a district's own Kafka cluster for a",
                "                              demonstration (ADR 0022): its broker, MirrorMaker 2 (district events",
                "                              up as d<code>.*, the province's campaigns and inspection plans down as",
                "                              " + DistrictCluster.PROVINCE_ALIAS + ".*) and its registration-, evaluation- and"
                        + " reporting-service",
                "                              scoped to <code>, on the stack's ports + " + DistrictCluster.PORT_SHIFT
                        + " (Kafka " + districtPort("kafka") + ", registration",
                "                              " + districtPort("registration-service") + "), data in .dvk/district-<code>/."
                        + " Start the stack with",
                "                              DVK_KAFKA_MIRRORED_FROM=d<code> for its services to read the copies",
                "  stop                        stop a stack started with --detach (and its districts), by the PIDs",
                "                              recorded in .dvk/pids/",
                "  status                      show each component (and each district's): up/down, PID, health",
                "  logs <name> [-f] [-n N] [--district CODE]",
                "                              print the last N (200) lines of a log; -f follows it; --district",
                "                              reads a component of that district's cluster (start-district).",
                "                              name: " + names + " (or *-service)",
                "  kafka-topics <args...>      Kafka's own kafka-topics tool (TopicCommand); --bootstrap-server",
                "                              defaults to " + kafka,
                "  kafka-console-consumer <args...>",
                "                              Kafka's own console consumer (ConsoleConsumer), printing each record's",
                "                              headers and key; --bootstrap-server defaults to " + kafka,
                "  import-units <csv>          check the header (" + ImportUnitsCommand.HEADER + ") and install",
                "                              the file as .dvk/units.csv; services load it on their next start",
                "                              (DVK_UNITS_FILE)",
                "  token <login>               sign a demo login in at identity-service and print its bearer access",
                "                              token on the last line (a stack started with --demo)",
                "  secrets                     generate the passwords still missing in .dvk/secrets/: Kafka's",
                "                              principals (start does this too) and docker-compose's store users",
                "  backup [<folder>]           copy the stopped stack's store and Kafka data, with a manifest of",
                "                              their checksums, to a dated folder in <folder> (.dvk/backups)",
                "  restore <folder>            check a backup against its manifest and put it in place of the",
                "                              stopped stack's data, which is moved beside the backup",
                "                              (<time>-before-restore)",
                "  help                        this text",
                "",
                "environment: DVK_START_TIMEOUT (seconds, default 180), DVK_SCOPE (passed to the services), JAVA_HOME,",
                "  DVK_KAFKA_MIRRORED_FROM (aliases of the clusters mirrored into the stack's, e.g. d124)",
                ""));
        out.flush();
    }

    private String districtPort(String name) {
        return layout.component(name).map(component -> Integer.toString(component.port() + DistrictCluster.PORT_SHIFT))
                .orElse("-");
    }
}
