package vn.dvk.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvk.identity.IdentityIntegrationTest;

class TokenCommandTest extends IdentityIntegrationTest {

    @TempDir
    Path folder;

    private record Outcome(int exit, List<String> out, String err) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TokenCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_command_prints_an_access_token_of_the_login_on_its_last_line() {
        Outcome outcome = run("longphieng.bcd", "--issuer", ISSUER, "--password-file", DEMO_PASSWORD_FILE.toString());

        assertThat(outcome.exit()).as(outcome.err()).isZero();
        String token = outcome.out().get(outcome.out().size() - 1);
        assertThat(claimsOf(token).path("sub").asString()).isEqualTo("longphieng.bcd");
        assertThat(claimsOf(token).path("unit").asString()).isEqualTo("04096");
    }

    @Test
    void a_wrong_password_or_wrong_usage_gives_no_token_and_a_non_zero_exit() throws Exception {
        Path wrong = Files.writeString(folder.resolve("wrong"), "not-the-demo-password");

        Outcome refused = run("yenchau.chutich", "--issuer", ISSUER, "--password-file", wrong.toString());
        Outcome usage = run("--issuer", ISSUER);

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("refused");
        assertThat(usage.exit()).isEqualTo(2);
        officials.recordSuccessfulSignIn("yenchau.chutich");
    }
}
