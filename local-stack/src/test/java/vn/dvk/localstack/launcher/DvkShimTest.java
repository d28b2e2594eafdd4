package vn.dvk.localstack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.dvk.localstack.Dvk;

/** ./dvk and dvk.cmd stay thin: they build what is missing and hand every argument to the Java launcher. */
class DvkShimTest {

    private static final Path ROOT = Repository.root();

    @Test
    void parsesAsBash() throws Exception {
        Process bash = new ProcessBuilder("bash", "-n", ROOT.resolve("dvk").toString()).redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
        assertThat(Files.isExecutable(ROOT.resolve("dvk"))).as("dvk is executable").isTrue();
    }

    @Test
    void bothShimsAreThinAndRunTheJavaLauncherWithEveryArgument() throws IOException {
        List<String> bash = Files.readAllLines(ROOT.resolve("dvk"));
        List<String> cmd = Files.readAllLines(ROOT.resolve("dvk.cmd"));

        assertThat(bash).hasSizeLessThanOrEqualTo(40);
        assertThat(cmd).hasSizeLessThanOrEqualTo(40);
        assertThat(String.join("\n", bash)).contains(Dvk.class.getName() + " \"$@\"")
                .contains("./mvnw -B -q -DskipTests install");
        assertThat(String.join("\n", cmd)).contains(Dvk.class.getName() + " %*")
                .contains("mvnw.cmd -B -q -DskipTests install");
    }

    @Test
    void theWindowsShimHasWindowsLineEnds() throws IOException {
        String cmd = Files.readString(ROOT.resolve("dvk.cmd"), StandardCharsets.UTF_8);
        assertThat(cmd.replace("\r\n", "")).doesNotContain("\n");
    }
}
