package vn.dvk.identity.demo;

import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * Prints the demo logins with their home units and roles, one table for {@code ./dvk start --demo} to show, read from
 * the accounts the provider creates ({@link DemoAccounts#ACCOUNTS}) so that the two never disagree.
 * <p>
 * {@code java -cp identity-service.jar -Dloader.main=vn.dvk.identity.demo.DemoLoginsCommand
 * org.springframework.boot.loader.launch.PropertiesLauncher}
 */
public final class DemoLoginsCommand {

    private static final String ROW = "  %-18s %-6s %s%n";

    private DemoLoginsCommand() {
    }

    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        out.printf(ROW, "LOGIN", "UNIT", "ROLES");
        for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
            out.printf(ROW, account.login(), account.unitCode(), account.roles().stream().sorted()
                    .map(role -> role.name() + " (" + role.label() + ")").collect(Collectors.joining(", ")));
        }
        out.flush();
    }
}
