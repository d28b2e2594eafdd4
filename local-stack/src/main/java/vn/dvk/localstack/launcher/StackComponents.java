package vn.dvk.localstack.launcher;

import java.util.List;

/**
 * What {@code ./dvk start} runs, in start order, and on which ports: the one table the launcher reads. A component
 * added here is built, staged, port-checked, started, awaited, listed, logged and stopped like the others; a new
 * service is one more {@code Component.service("<module>", <port>)} line.
 * <p>
 * Main classes are named by string: the launcher runs without the local-stack dependencies on its class path.
 */
public final class StackComponents {

    private StackComponents() {
    }

    public static List<Component> all() {
        return List.of(
                Component.kafka(9092, 9093),
                Component.mainClass("mongo", "the embedded MongoDB-wire store", "MongoDB (wire)",
                                "vn.dvk.localstack.EmbeddedMongoMain", List.of(27017))
                        .jvmOptions(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                                "-Dlogback.configurationFile=logback-stack.xml"))
                        .arguments(at -> List.of(at.home("mongo", "dvk.mv").toString(), at.host(), at.port(0)))
                        .address(at -> "mongodb://" + at.host() + ":" + at.port(0))
                        .data(at -> at.home("mongo", "dvk.mv")),
                // Where notification-service sends mail unless DVK_SMTP_* name a real server: SMTP and IMAP, no
                // authentication, messages kept in memory (a restart empties the mailboxes).
                Component.mainClass("greenmail", "the local mail server (GreenMail)", "mail (SMTP, IMAP)",
                                "com.icegreen.greenmail.standalone.GreenMailStandaloneRunner", List.of(3025, 3143))
                        // Its ports as system properties, so that a stack on other ports moves them too; the host
                        // per protocol, because greenmail.hostname would also open its HTTP API on port 8080.
                        .jvmOptions(at -> List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                                "-Dgreenmail.smtp.hostname=" + at.host(), "-Dgreenmail.smtp.port=" + at.port(0),
                                "-Dgreenmail.imap.hostname=" + at.host(), "-Dgreenmail.imap.port=" + at.port(1),
                                "-Dgreenmail.auth.disabled"))
                        .ownLibrary("mail-server")
                        .address(at -> "smtp://" + at.host() + ":" + at.port(0) + ", imap://" + at.host() + ":"
                                + at.port(1) + " (any user: <login>@dvk.local, no password check)"),
                // First of the services: the others accept its tokens (they fetch its keys on the first call).
                Component.service(IdentityProvider.NAME, 8080).page("sign-in page", "/login"),
                Component.service("registration-service", 8081),
                Component.service("evaluation-service", 8082),
                Component.service("award-service", 8083),
                Component.service("reporting-service", 8084).page("reporting dashboard", "/"),
                Component.service("notification-service", 8085),
                Component.service("portal", 8090).frontDoor("portal (sign in here)", "/"));
    }
}
