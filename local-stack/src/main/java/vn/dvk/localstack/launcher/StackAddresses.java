package vn.dvk.localstack.launcher;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the components of this stack listen, as the environment that tells each service: the portal the addresses of
 * the services it routes to, identity-service where the portal's sign-in returns, notification-service the portal its
 * mails link to and the local mail server. On the table's ports these equal the services' own defaults; a stack on
 * other ports (a test's, on free ports) needs them to find each other.
 */
final class StackAddresses {

    private StackAddresses() {
    }

    static Map<String, String> of(Layout layout) {
        Map<String, String> environment = new LinkedHashMap<>();
        String identity = IdentityProvider.NAME;
        for (Component service : layout.services()) {
            if (!service.name().equals(identity) && !service.isFrontDoor()) {
                environment.put("DVK_PORTAL_SERVICES_" + service.shortName().toUpperCase(Locale.ROOT),
                        url(layout.host(), service.port()));
            }
        }
        layout.services().stream().filter(Component::isFrontDoor).findFirst().ifPresent(portal -> {
            String loopback = url(layout.host(), portal.port());
            String localhost = url("localhost", portal.port());
            environment.put("DVK_PORTAL_URL", loopback);
            environment.put("DVK_PORTAL_REDIRECT_URIS",
                    loopback + "/login/oauth2/code/dvk," + localhost + "/login/oauth2/code/dvk");
            environment.put("DVK_PORTAL_LOGOUT_URIS", loopback + "/," + localhost + "/");
        });
        if (!layout.environment().containsKey("DVK_SMTP_HOST")) {
            layout.component("greenmail").ifPresent(mail -> {
                environment.put("DVK_SMTP_HOST", layout.host());
                environment.put("DVK_SMTP_PORT", Integer.toString(mail.port()));
            });
        }
        return environment;
    }

    private static String url(String host, int port) {
        return "http://" + host + ":" + port;
    }
}
