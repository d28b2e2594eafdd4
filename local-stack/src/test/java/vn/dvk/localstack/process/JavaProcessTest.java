package vn.dvk.localstack.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class JavaProcessTest {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final List<JavaProcess> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.stream().filter(JavaProcess::isAlive).forEach(JavaProcess::kill);
    }

    @Test
    void aProcessIsFoundAgainByItsPidOnlyWhileItIsStillThatProcess() {
        int port = Ports.free();
        JavaProcess process = start("fixture", "listen", Integer.toString(port));
        process.awaitListening("127.0.0.1", port, START);
        long pid = process.pid();
        Instant startedAt = process.started().orElseThrow();

        assertThat(JavaProcess.find("fixture", pid, Optional.of(startedAt), Optional.empty())).isPresent();
        assertThat(JavaProcess.find("fixture", pid, Optional.empty(), Optional.empty()))
                .as("by the marker alone, where the OS shows arguments").isPresent();
        assertThat(JavaProcess.find("kafka", pid, Optional.of(startedAt), Optional.empty()))
                .as("with another component's marker").isEmpty();
        assertThat(JavaProcess.find("fixture", pid, Optional.of(startedAt.minusSeconds(3600)), Optional.empty()))
                .as("a process that started at another time").isEmpty();
        assertThat(JavaProcess.find("fixture", ProcessHandle.current().pid(), Optional.empty(), Optional.empty()))
                .as("a JVM without the marker").isEmpty();
        assertThat(JavaProcess.markerOf(ProcessHandle.of(pid).orElseThrow().info())).contains("fixture");

        process.kill();

        assertThat(process.isAlive()).isFalse();
        assertThat(JavaProcess.find("fixture", pid, Optional.of(startedAt), Optional.empty())).isEmpty();
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the JDK has no graceful signal on Windows")
    void stopSendsSigtermSoTheProcessShutsDownCleanly() {
        int port = Ports.free();
        Path stopped = dir.resolve("stopped");
        JavaProcess process = start("fixture", "record-stop", Integer.toString(port), stopped.toString());
        process.awaitListening("127.0.0.1", port, START);

        boolean graceful = process.stop(Duration.ofSeconds(20));

        assertThat(graceful).isTrue();
        assertThat(process.isAlive()).isFalse();
        assertThat(stopped).hasContent("stopped gracefully");
    }

    @Test
    void whatIgnoresSigtermIsKilledOnceTheGracePeriodIsOver() {
        int port = Ports.free();
        JavaProcess process = start("stubborn", "ignore-term", Integer.toString(port));
        process.awaitListening("127.0.0.1", port, START);
        List<String> warned = new ArrayList<>();

        List<JavaProcess> killed = JavaProcess.stopAll(List.of(process), Duration.ofSeconds(2),
                stubborn -> warned.add(stubborn.name()));

        assertThat(killed).containsExactly(process);
        assertThat(warned).containsExactly("stubborn");
        assertThat(process.isAlive()).isFalse();
    }

    @Test
    void awaitingAProcessThatExitsFailsAtOnceNamingItsLog() {
        JavaProcess process = start("fixture", "exit", "3");

        assertThatThrownBy(() -> process.await("ready", () -> false, START, Duration.ofMillis(100)))
                .isInstanceOf(JavaProcess.ExitedException.class)
                .hasMessage("fixture exited while starting; see " + dir.resolve("fixture.log"));
    }

    @Test
    void awaitingAConditionThatNeverHoldsEndsWithTheTimeout() {
        int port = Ports.free();
        JavaProcess process = start("fixture", "listen", Integer.toString(port));

        assertThatThrownBy(() -> process.await("ready", () -> false, Duration.ofSeconds(1), Duration.ofMillis(100)))
                .isInstanceOf(JavaProcess.NotReadyException.class)
                .hasMessageStartingWith("fixture was not ready within 1s");
    }

    @Test
    void aProcessRunToItsEndGivesItsExitCodeAndTheLogKeepsEachStartApart() throws IOException {
        assertThat(builder("tool", "exit", "3").run(START)).isEqualTo(3);
        assertThat(builder("tool", "exit", "0").run(START)).isZero();

        assertThat(JavaProcess.linesOfLastStart(dir.resolve("tool.log"), 1024 * 1024))
                .containsExactly("exiting with 0");
    }

    @Test
    void theCommandCarriesTheMarkerBetweenTheJvmOptionsAndTheMainClass() {
        List<String> command = JavaProcess.named("mongo").jvmOptions(List.of("-Xmx512m"))
                .mainClass("a.jar", "example.Main").arguments(List.of("file")).command();

        assertThat(command.subList(1, command.size()))
                .containsExactly("-Xmx512m", "-Ddvk.component=mongo", "-cp", "a.jar", "example.Main", "file");
        assertThat(Path.of(command.get(0))).isEqualTo(JavaProcess.currentJava());
    }

    private JavaProcess start(String name, String... arguments) {
        JavaProcess process = builder(name, arguments).start();
        started.add(process);
        return process;
    }

    /**
     * The test program needs only its own class: a short class path keeps the command line under the 4 kB up to
     * which the JDK shows another process's arguments on Linux.
     */
    private JavaProcess.Builder builder(String name, String... arguments) {
        String testClasses;
        try {
            testClasses = Path.of(TestProgram.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return JavaProcess.named(name)
                .jvmOptions(List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))
                .mainClass(testClasses, TestProgram.class.getName())
                .arguments(List.of(arguments))
                .log(dir.resolve(name + ".log"));
    }
}
