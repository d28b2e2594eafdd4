package vn.dvk.localstack.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvk.localstack.process.JavaProcess;

/**
 * The stack's OIDC provider, identity-service, as the launcher uses it besides running it: the issuer the other
 * services accept tokens from, and the command-line programs of its jar (the demo logins' table, a token for a demo
 * login), run from the staged copy the stack was started from.
 */
final class IdentityProvider {

    static final String NAME = "identity-service";
    static final String TOKEN_PROGRAM = "vn.dvk.identity.cli.TokenCommand";
    static final String DEMO_LOGINS_PROGRAM = "vn.dvk.identity.demo.DemoLoginsCommand";
    /** Spring Boot's launcher that runs any main class of a boot jar ({@code -Dloader.main}). */
    private static final String BOOT_JAR_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";
    private static final Duration PROGRAM_TIMEOUT = Duration.ofMinutes(2);

    private final Layout layout;
    private final Component component;

    private IdentityProvider(Layout layout, Component component) {
        this.layout = layout;
        this.component = component;
    }

    /** The provider of this stack; empty for a stack without one (the launcher's own tests). */
    static Optional<IdentityProvider> of(Layout layout) {
        return layout.component(NAME).map(component -> new IdentityProvider(layout, component));
    }

    Component component() {
        return component;
    }

    /** Its address, which its tokens name as their issuer ({@code DVK_OIDC_ISSUER}). */
    String issuer() {
        return "http://" + layout.host() + ":" + component.port();
    }

    /** Runs a main class of the staged jar with the terminal's input and output; its exit code. */
    int runProgram(String mainClass, List<String> arguments) {
        List<String> options = new ArrayList<>(List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        options.add("-Dloader.main=" + mainClass);
        return JavaProcess.named(NAME + "-program")
                .jvmOptions(options)
                .mainClass(layout.stagedJar(component).toString(), BOOT_JAR_LAUNCHER)
                .arguments(arguments)
                .workingDirectory(layout.root())
                .inheritIo()
                .run(PROGRAM_TIMEOUT);
    }
}
