package vn.dvk.systemtest.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The four pipeline benchmarks run once, with a tiny n (registrations in the steady-rate mode), on one stack that the
 * launcher starts as {@code ./dvk start --demo} does (on free ports): each prints its figures, and every event and
 * registration is counted within the limit. It says nothing about speed; it keeps the harness able to run. Tagged
 * {@code extended} (about 2 minutes): the default run is kept well under 30 minutes on 2 cores.
 */
@Tag("extended")
class PipelineBenchmarkSmokeTest {

    @Test
    void each_benchmark_runs_to_its_figures_on_a_stack_of_its_own() throws Exception {
        PipelineBenchmark.Options options = PipelineBenchmark.Options.parse("all", "--n", "20", "--warm-up", "5",
                "--clients", "4", "--rate", "10", "--limit", "600");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (BenchmarkStack stack = BenchmarkStack.start(PipelineBenchmark.repository(),
                Path.of("target", "benchmark-smoke").toAbsolutePath(), options.services());
             PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            PipelineBenchmark.run(stack, options, out);
        }
        String report = printed.toString(StandardCharsets.UTF_8);
        System.out.print(report);

        assertThat(report).contains("store: the embedded MongoDB-wire store", "machine: ", "n = 20",
                "RESULT notifications: ", "RESULT events: ", "RESULT registrations (4 clients, at a steady 10/s):"
                        + " 20 answered 201", "(20 of 20 counted)", "RESULT rebuild: DONE")
                .contains("the year's statistics count 20 of 20 after it")
                .doesNotContain("incomplete");
    }
}
