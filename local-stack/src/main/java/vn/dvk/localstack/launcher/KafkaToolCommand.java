package vn.dvk.localstack.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvk.localstack.kafka.KafkaBroker;
import vn.dvk.localstack.process.JavaProcess;

/**
 * Kafka's own command-line tools against the local broker: {@code --bootstrap-server} defaults to it, they log in
 * to it as its administrator (unless given other client settings), and the
 * console consumer prints each record's headers and key, so a topic's CloudEvents (their {@code ce_*} headers) can
 * be read as they are.
 */
final class KafkaToolCommand {

    /** A tool, its main class and the formatter properties it gets unless the user sets them. */
    enum Tool {
        TOPICS("kafka-topics", "org.apache.kafka.tools.TopicCommand", "--command-config", List.of()),
        CONSOLE_CONSUMER("kafka-console-consumer", "org.apache.kafka.tools.consumer.ConsoleConsumer",
                "--consumer.config", List.of("print.headers=true", "print.key=true"));

        private final String command;
        private final String mainClass;
        /** The option that names the client settings the tool logs in with. */
        private final String configOption;
        private final List<String> defaultProperties;

        Tool(String command, String mainClass, String configOption, List<String> defaultProperties) {
            this.command = command;
            this.mainClass = mainClass;
            this.configOption = configOption;
            this.defaultProperties = defaultProperties;
        }
    }

    /** Time for a tool stopped by Ctrl-C along with the launcher to print its last lines. */
    private static final Duration TOOL_EXIT_GRACE = Duration.ofSeconds(10);

    private final Layout layout;
    private final BuildOutput build;

    KafkaToolCommand(Layout layout, Console console) {
        this.layout = layout;
        this.build = new BuildOutput(layout, console);
    }

    int run(Tool tool, List<String> arguments) {
        JavaProcess process = KafkaBroker.tool(tool.command, build.toolsClassPath(), tool.mainClass)
                .arguments(withDefaults(tool, arguments))
                .inheritIo()
                .start();
        // Ctrl-C reaches the tool and the launcher alike: let the tool finish before the launcher's JVM ends.
        Thread awaitTool = new Thread(() -> process.stop(TOOL_EXIT_GRACE), "dvk-await-" + tool.command);
        Runtime.getRuntime().addShutdownHook(awaitTool);
        int exit = process.waitForExit();
        Runtime.getRuntime().removeShutdownHook(awaitTool);
        return exit;
    }

    List<String> withDefaults(Tool tool, List<String> arguments) {
        List<String> complete = new ArrayList<>();
        String local = layout.kafka().map(kafka -> layout.host() + ":" + kafka.port())
                .orElseThrow(() -> new CommandFailed("the stack has no Kafka"));
        Optional<String> bootstrap = optionValue(arguments, "--bootstrap-server");
        if (bootstrap.isEmpty()) {
            complete.addAll(List.of("--bootstrap-server", local));
        }
        complete.addAll(arguments);
        if (optionValue(arguments, tool.configOption).isEmpty() && bootstrap.orElse(local).equals(local)) {
            // The local broker lets in only clients that log in: the tools log in as its administrator.
            complete.addAll(List.of(tool.configOption, layout.secrets().adminClientConfig().toString()));
        }
        for (String property : tool.defaultProperties) {
            String key = property.substring(0, property.indexOf('=') + 1);
            if (arguments.stream().noneMatch(argument -> argument.contains(key))) {
                complete.addAll(List.of("--property", property));
            }
        }
        return complete;
    }

    /** The value of {@code --option value} or {@code --option=value}, if given. */
    private static Optional<String> optionValue(List<String> arguments, String option) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals(option)) {
                return Optional.of(i + 1 < arguments.size() ? arguments.get(i + 1) : "");
            }
            if (argument.startsWith(option + "=")) {
                return Optional.of(argument.substring(option.length() + 1));
            }
        }
        return Optional.empty();
    }
}
