package vn.dvk.localstack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureCauseTest {

    @TempDir
    Path dir;

    @Test
    void aPortInUseIsNamedFirst() throws IOException {
        Path log = log("""
                ERROR something else
                java.net.BindException: Address already in use
                """);

        assertThat(FailureCause.explain(log)).containsExactly(
                "  cause: port in use: java.net.BindException: Address already in use", "  log: " + log);
    }

    @Test
    void springBootsFailureAnalysisIsQuoted() throws IOException {
        Path log = log("""
                ***************************
                APPLICATION FAILED TO START
                ***************************

                Description:

                The unit directory file does not exist.

                Action:

                Set DVK_UNITS_FILE to a readable file.
                """);

        assertThat(FailureCause.explain(log)).containsExactly("  cause (Spring Boot's analysis):",
                "    ", "    Description:", "    ", "    The unit directory file does not exist.", "    ",
                "    Action:", "    ", "    Set DVK_UNITS_FILE to a readable file.", "  log: " + log);
    }

    @Test
    void theRootCauseIsTheLastCausedByOfTheLastStartOnly() throws IOException {
        Path log = log("""
                Caused by: java.lang.IllegalStateException: from an earlier start
                """, """
                org.springframework.beans.factory.BeanCreationException: Error creating bean
                \tat org.springframework.Example.method(Example.java:1)
                Caused by: java.lang.IllegalArgumentException: outer
                Caused by: java.lang.IllegalArgumentException: DVK_SCOPE=zzz is not a unit of the loaded directory
                """);

        assertThat(FailureCause.explain(log)).containsExactly(
                "  cause: Caused by: java.lang.IllegalArgumentException: DVK_SCOPE=zzz is not a unit of the loaded"
                        + " directory",
                "  log: " + log);
    }

    @Test
    void withoutACauseTheFirstExceptionOrErrorLineIsShown() throws IOException {
        Path exception = log("INFO starting\norg.apache.kafka.common.KafkaException: Invalid cluster.id\n");
        Path error = log("INFO starting\n2026-01-01 ERROR [main] broken\n");

        assertThat(FailureCause.explain(exception))
                .startsWith("  cause: org.apache.kafka.common.KafkaException: Invalid cluster.id");
        assertThat(FailureCause.explain(error)).startsWith("  cause: 2026-01-01 ERROR [main] broken");
    }

    @Test
    void aMissingLogExplainsNothing() {
        assertThat(FailureCause.explain(dir.resolve("absent.log"))).isEmpty();
    }

    private int logs;

    /** A log with one start line before each part, as JavaProcess writes them. */
    private Path log(String... starts) throws IOException {
        StringBuilder content = new StringBuilder();
        for (String start : starts) {
            content.append("\n===== 2026-01-01T00:00:00Z starting reporting-service =====\n").append(start);
        }
        Path log = dir.resolve("component-" + ++logs + ".log");
        Files.writeString(log, content);
        return log;
    }
}
