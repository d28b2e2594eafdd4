package vn.dvk.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of ./dvk that need no running stack: syntax, usage and the checks that refuse bad input. */
class DvkScriptTest {

    private static Path root;

    @TempDir
    Path dir;

    @BeforeAll
    static void locate() {
        Path d = Path.of("").toAbsolutePath();
        while (d != null && !Files.isRegularFile(d.resolve("dvk"))) {
            d = d.getParent();
        }
        assertThat(d).as("a parent directory with the dvk script").isNotNull();
        root = d;
    }

    @Test
    void parsesAsBash() throws Exception {
        assertThat(run("bash", "-n", root.resolve("dvk").toString()).exit).isZero();
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        Result help = dvk("help");
        assertThat(help.exit).isZero();
        assertThat(help.output).contains("start [--demo] [--detach]", "stop", "status", "logs <name>",
                "kafka-topics", "import-units");
    }

    @Test
    void anUnknownCommandFailsWithUsage() throws Exception {
        Result result = dvk("frobnicate");
        assertThat(result.exit).isEqualTo(2);
        assertThat(result.output).contains("usage: ./dvk");
    }

    @Test
    void importUnitsRefusesAFileWithoutTheHeader() throws Exception {
        Path csv = dir.resolve("units.csv");
        Files.writeString(csv, "code,name\n14,Sơn La\n", StandardCharsets.UTF_8);
        Result result = dvk("import-units", csv.toString());
        assertThat(result.exit).isNotZero();
        assertThat(result.output).contains("code,level,name,full_name,parent_code");
    }

    @Test
    void importUnitsRefusesAMissingFile() throws Exception {
        Result result = dvk("import-units", dir.resolve("absent.csv").toString());
        assertThat(result.exit).isNotZero();
        assertThat(result.output).contains("cannot read");
    }

    @Test
    void logsNamesTheComponentsItKnows() throws Exception {
        Result result = dvk("logs", "nonsense");
        assertThat(result.exit).isNotZero();
        assertThat(result.output).contains("kafka, mongo, registration, evaluation, award or reporting");
    }

    @Test
    void startRejectsAnUnknownOptionBeforeDoingAnything() throws Exception {
        Result result = dvk("start", "--no-such-option");
        assertThat(result.exit).isNotZero();
        assertThat(result.output).contains("unknown option for start: --no-such-option");
    }

    private record Result(int exit, String output) {
    }

    private Result dvk(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("dvk").toString()));
        command.addAll(List.of(args));
        return run(command.toArray(String[]::new));
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
