package vn.dvk.localstack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvk.localstack.process.Ports;

/**
 * The parts of the launcher that need no running stack: usage, and the checks that refuse bad input or a taken port
 * before anything starts. Run in-process, with the stack's data directory in a temporary directory.
 */
class DvkLauncherTest {

    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommand() {
        Result help = dvk("help");
        assertThat(help.exit).isZero();
        assertThat(help.output).contains("start [--demo] [--detach]", "start-district <code> [--detach]", "stop",
                "status", "logs <name>", "kafka-topics", "kafka-console-consumer", "import-units", "help");
    }

    @Test
    void noCommandIsHelp() {
        Result result = dvk();
        assertThat(result.exit).isZero();
        assertThat(result.output).startsWith("usage: ./dvk <command> [args]");
    }

    @Test
    void anUnknownCommandFailsWithUsage() {
        Result result = dvk("frobnicate");
        assertThat(result.exit).isEqualTo(2);
        assertThat(result.output).contains("usage: ./dvk");
    }

    @Test
    void messagesNameTheCommandTheUserTyped() {
        Layout windows = new Layout(Repository.root(), dir.resolve(".dvk"), Layout.HOST, StackComponents.all(),
                "dvk.cmd", Map.of());
        Result result = run(windows, "start", "--verbose");
        assertThat(result.output).contains("(see dvk.cmd help)");
    }

    @Test
    void tokenNeedsOneLogin() {
        Result result = dvk("token");
        assertThat(result.exit).isEqualTo(2);
        assertThat(result.output).contains("usage: ./dvk token <login>");
        assertThat(dvk("help").output).contains("token <login>");
    }

    @Test
    void tokenWithoutARunningStackSaysHowToStartOne() {
        Result result = dvk("token", "yenchau.canbo");
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output).contains("identity-service is not running at http://127.0.0.1:8080",
                "./dvk start --demo --detach");
    }

    @Test
    void importUnitsRefusesAFileWithoutTheHeader() throws IOException {
        Path csv = dir.resolve("units.csv");
        Files.writeString(csv, "code,name\n14,Sơn La\n", StandardCharsets.UTF_8);
        Result result = dvk("import-units", csv.toString());
        assertThat(result.exit).isNotZero();
        assertThat(result.output).contains("code,level,name,full_name,parent_code");
    }

    @Test
    void importUnitsRefusesAMissingFile() {
        Result result = dvk("import-units", dir.resolve("absent.csv").toString());
        assertThat(result.exit).isNotZero();
        assertThat(result.output).contains("cannot read");
    }

    @Test
    void importUnitsRefusesAHeaderWithoutUnits() throws IOException {
        Path csv = dir.resolve("empty.csv");
        Files.writeString(csv, "code,level,name,full_name,parent_code\n\n", StandardCharsets.UTF_8);
        Result result = dvk("import-units", csv.toString());
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output).contains("has a header but no units");
    }

    @Test
    void importUnitsAcceptsASpreadsheetExportAndInstallsIt() throws IOException {
        Path csv = dir.resolve("export.csv");
        String content = "\uFEFFcode, level,name,full_name,parent_code\r\n"
                + "14,PROVINCE,Sơn La,Tỉnh Sơn La,\r\n124,DISTRICT,Yên Châu,Huyện Yên Châu,14\r\n";
        Files.writeString(csv, content, StandardCharsets.UTF_8);

        Result result = dvk("import-units", csv.toString());

        assertThat(result.exit).isZero();
        assertThat(result.output).contains("installed 2 units as " + dir.resolve(".dvk").resolve("units.csv"));
        assertThat(dir.resolve(".dvk").resolve("units.csv")).hasContent(content);
    }

    @Test
    void logsNamesTheComponentsItKnows() {
        Result result = dvk("logs", "nonsense");
        assertThat(result.exit).isNotZero();
        assertThat(result.output).contains("kafka, mongo, greenmail, identity, registration, evaluation, award, reporting, notification or portal");
    }

    @Test
    void logsPrintsTheLastLinesOfAComponentByItsShortName() throws IOException {
        Path log = dir.resolve(".dvk").resolve("logs").resolve("reporting-service.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "một\nhai\nba\nbốn\n", StandardCharsets.UTF_8);

        Result result = dvk("logs", "reporting", "-n", "2");

        assertThat(result.exit).isZero();
        assertThat(result.output).isEqualTo("ba\nbốn\n");
    }

    @Test
    void logsWithoutALogSaysSo() {
        Result result = dvk("logs", "kafka");
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output).contains("no log for kafka yet");
    }

    @Test
    void startRejectsAnUnknownOptionBeforeDoingAnything() {
        Result result = dvk("start", "--no-such-option");
        assertThat(result.exit).isNotZero();
        assertThat(result.output).contains("unknown option for start: --no-such-option");
        assertThat(dir.resolve(".dvk")).doesNotExist();
    }

    @Test
    void startRejectsATimeoutThatIsNotANumber() {
        Layout layout = layout().withEnvironment(Map.of("DVK_START_TIMEOUT", "soon"));
        Result result = run(layout, "start");
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output).contains("DVK_START_TIMEOUT must be a number of seconds, got 'soon'");
    }

    @Test
    void startRefusesATakenPortNamingItAndStartsNothing() throws IOException {
        Layout layout = layout().withComponents(StackComponents.all().stream()
                .map(component -> component.onPorts(component.ports().stream().map(port -> Ports.free()).toList()))
                .toList());
        int storePort = layout.component("mongo").orElseThrow().port();
        try (ServerSocket taken = new ServerSocket(storePort, 1, InetAddress.getByName(Layout.HOST))) {
            Result result = run(layout, "start", "--detach");

            assertThat(result.exit).isEqualTo(1);
            assertThat(result.output)
                    .contains("port " + storePort + " (needed by mongo) is already in use")
                    .contains("free the ports above (or './dvk stop' a stack started with --detach) and try again")
                    .doesNotContain("starting");
        }
        assertThat(layout.pids()).isEmptyDirectory();
    }

    @Test
    void startDistrictNeedsAThreeDigitCode() {
        Result missing = dvk("start-district");
        Result unknown = dvk("start-district", "yenchau");

        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.output).contains("usage: ./dvk");
        assertThat(unknown.exit).isEqualTo(1);
        assertThat(unknown.output).contains("a district code is three digits (e.g. 124), got 'yenchau'");
    }

    @Test
    void startDistrictWithoutTheProvincesStackSaysHowToStartItAndStartsNothing() {
        Result result = dvk("start-district", "124", "--detach");

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output).contains("the province's stack is not running",
                "DVK_KAFKA_MIRRORED_FROM=d124 ./dvk start --demo --detach").doesNotContain("starting");
        assertThat(dir.resolve(".dvk").resolve("district-124").resolve("kafka")).doesNotExist();
    }

    @Test
    void aDistrictLoadsNoDemoData() {
        Result result = dvk("start-district", "124", "--demo");

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output).contains("a district loads no demo data");
    }

    @Test
    void stopVisitsTheDistrictsStartedBesideTheStack() throws IOException {
        // The test JVM's own PID stands for a PID the OS has given to another program since.
        DistrictCluster district = DistrictCluster.of(layout(), "124");
        Layout districtStack = district.layout();
        Files.createDirectories(districtStack.pids());
        Component kafka = districtStack.kafka().orElseThrow();
        Files.writeString(districtStack.pidFile(kafka), ProcessHandle.current().pid() + "\n");

        Result stop = dvk("stop");

        assertThat(stop.output).contains("nothing is running");
        assertThat(districtStack.pidFile(kafka)).doesNotExist();
        assertThat(DistrictCluster.started(layout())).extracting(DistrictCluster::code).containsExactly("124");
    }

    @Test
    void aRecordedPidThatIsNotOursCountsAsNothing() throws IOException {
        // The test JVM's own PID stands for a PID the OS has given to another program since.
        Layout layout = layout();
        Files.createDirectories(layout.pids());
        Component kafka = layout.kafka().orElseThrow();
        Files.writeString(layout.pidFile(kafka), ProcessHandle.current().pid() + "\n");

        Result status = run(layout, "status");
        Result stop = run(layout, "stop");

        assertThat(status.exit).isEqualTo(1);
        assertThat(status.output).containsPattern("kafka +down +-");
        assertThat(stop.exit).isZero();
        assertThat(stop.output).contains("nothing is running");
        assertThat(layout.pidFile(kafka)).doesNotExist();
    }

    @Test
    void statusListsEveryComponentOfTheTable() {
        Result result = dvk("status");
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output).startsWith("COMPONENT              STATE  PID      HEALTH");
        for (Component component : StackComponents.all()) {
            assertThat(result.output).contains(component.name());
        }
    }

    @Test
    void kafkaToolsGetTheLocalBrokerAndTheConsumerPrintsHeadersUnlessTold() {
        KafkaToolCommand tools = new KafkaToolCommand(layout(), console(new ByteArrayOutputStream()));
        String adminConfig = layout().secretsDirectory().resolve("kafka-admin.properties").toString();

        assertThat(tools.withDefaults(KafkaToolCommand.Tool.TOPICS, List.of("--list")))
                .containsExactly("--bootstrap-server", "127.0.0.1:9092", "--list", "--command-config", adminConfig);
        assertThat(tools.withDefaults(KafkaToolCommand.Tool.TOPICS,
                List.of("--bootstrap-server=10.0.0.1:9092", "--list")))
                .containsExactly("--bootstrap-server=10.0.0.1:9092", "--list");
        assertThat(tools.withDefaults(KafkaToolCommand.Tool.CONSOLE_CONSUMER, List.of("--topic", "dvk.registration")))
                .containsExactly("--bootstrap-server", "127.0.0.1:9092", "--topic", "dvk.registration",
                        "--consumer.config", adminConfig,
                        "--property", "print.headers=true", "--property", "print.key=true");
        assertThat(tools.withDefaults(KafkaToolCommand.Tool.CONSOLE_CONSUMER,
                List.of("--topic", "dvk.award", "--property", "print.headers=false")))
                .containsExactly("--bootstrap-server", "127.0.0.1:9092", "--topic", "dvk.award",
                        "--property", "print.headers=false", "--consumer.config", adminConfig,
                        "--property", "print.key=true");
        assertThat(tools.withDefaults(KafkaToolCommand.Tool.TOPICS,
                List.of("--bootstrap-server", "127.0.0.1:9092", "--list")))
                .containsExactly("--bootstrap-server", "127.0.0.1:9092", "--list", "--command-config", adminConfig);
        assertThat(tools.withDefaults(KafkaToolCommand.Tool.TOPICS,
                List.of("--list", "--command-config", "mine.properties")))
                .containsExactly("--bootstrap-server", "127.0.0.1:9092", "--list", "--command-config",
                        "mine.properties");
    }

    @Test
    void secretsWritesEveryPasswordComposeMountsOnceAndKeepsThem() throws IOException {
        assertThat(dvk("secrets").exit).isZero();
        Path secrets = layout().secretsDirectory();
        String admin = Files.readString(secrets.resolve("kafka-admin"));

        assertThat(dvk("secrets").exit).isZero();

        assertThat(Files.readString(secrets.resolve("kafka-admin"))).isEqualTo(admin);
        for (String name : List.of("kafka-admin", "kafka-registration-service", "kafka-notification-service",
                "mongo-root", "mongo-identity-service", "mongo-reporting-service")) {
            assertThat(secrets.resolve(name)).isRegularFile();
            assertThat(Files.readString(secrets.resolve(name)).strip()).hasSize(32);
        }
        assertThat(Files.getPosixFilePermissions(secrets)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void theToolsLogInAsTheAdministratorOfTheLocalBroker() throws IOException {
        Path config = layout().secrets().adminClientConfig();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(config)) {
            properties.load(reader);
        }

        assertThat(properties).containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "PLAIN");
        assertThat(properties.getProperty("sasl.jaas.config")).contains("username=\"admin\"")
                .contains("password=\"" + Files.readString(layout().secretsDirectory().resolve("kafka-admin")).strip() + "\"");
        assertThat(Files.getPosixFilePermissions(config)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
    }

    private record Result(int exit, String output) {
    }

    private Layout layout() {
        return new Layout(Repository.root(), dir.resolve(".dvk"), Layout.HOST, StackComponents.all(), "./dvk",
                Map.of());
    }

    private Result dvk(String... args) {
        return run(layout(), args);
    }

    private Result run(Layout layout, String... args) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = new Launcher(layout, console(output), dir).run(args);
        return new Result(exit, output.toString(StandardCharsets.UTF_8));
    }

    private static Console console(ByteArrayOutputStream output) {
        PrintStream stream = new PrintStream(output, true, StandardCharsets.UTF_8);
        return new Console(stream, stream, false);
    }
}
