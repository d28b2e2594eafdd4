package vn.dvk.localstack.launcher;

import java.nio.file.Files;
import java.util.List;
import vn.dvk.localstack.process.Http;
import vn.dvk.localstack.process.ServiceLaunch;

/**
 * {@code token <login>}: a bearer access token for a demo login of the running stack, on the last line of the output,
 * for curl and scripts. It signs in through the provider's own sign-in form with the demo password, as a browser
 * would (identity-service's {@code TokenCommand}); there is no other way to a token.
 */
final class TokenCommand {

    private final Layout layout;

    TokenCommand(Layout layout) {
        this.layout = layout;
    }

    int run(List<String> arguments) {
        if (arguments.size() != 1 || arguments.get(0).startsWith("-")) {
            throw new CommandFailed("usage: " + layout.command() + " token <login>   (a demo login, e.g."
                    + " yenchau.canbo; '" + layout.command() + " start --demo' lists them)", 2);
        }
        IdentityProvider identity = IdentityProvider.of(layout)
                .orElseThrow(() -> new CommandFailed("this stack has no identity-service"));
        boolean running = new PidFiles(layout).running(identity.component()).isPresent()
                && Http.status(ServiceLaunch.readiness(layout.host(), identity.component().port())) == 200;
        if (!running) {
            throw new CommandFailed("identity-service is not running at " + identity.issuer() + ": start the stack"
                    + " with '" + layout.command() + " start --demo --detach' (or see '" + layout.command()
                    + " status')");
        }
        if (!Files.isRegularFile(layout.demoPasswordFile())) {
            throw new CommandFailed("no demo password at " + layout.display(layout.demoPasswordFile()) + ": tokens"
                    + " are for the demo logins of a stack started with '" + layout.command() + " start --demo'");
        }
        int exit = identity.runProgram(IdentityProvider.TOKEN_PROGRAM, List.of(arguments.get(0), "--issuer",
                identity.issuer(), "--password-file", layout.demoPasswordFile().toString()));
        if (exit != 0) {
            throw new CommandFailed("no token for '" + arguments.get(0) + "': is it a demo login ('" + layout.command()
                    + " start --demo' lists them) and was the stack started with --demo?");
        }
        return 0;
    }
}
