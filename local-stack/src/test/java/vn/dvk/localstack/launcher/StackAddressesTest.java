package vn.dvk.localstack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackAddressesTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void onTheTablesPortsTheServicesAreToldTheirOwnDefaults() {
        Layout table = new Layout(ROOT, ROOT.resolve(".dvk"), Layout.HOST, StackComponents.all(), "./dvk", Map.of());

        Map<String, String> addresses = StackAddresses.of(table);

        assertThat(addresses)
                .containsEntry("DVK_PORTAL_SERVICES_REGISTRATION", "http://127.0.0.1:8081")
                .containsEntry("DVK_PORTAL_SERVICES_EVALUATION", "http://127.0.0.1:8082")
                .containsEntry("DVK_PORTAL_SERVICES_AWARD", "http://127.0.0.1:8083")
                .containsEntry("DVK_PORTAL_SERVICES_REPORTING", "http://127.0.0.1:8084")
                .containsEntry("DVK_PORTAL_SERVICES_NOTIFICATION", "http://127.0.0.1:8085")
                .containsEntry("DVK_PORTAL_URL", "http://127.0.0.1:8090")
                .containsEntry("DVK_PORTAL_REDIRECT_URIS",
                        "http://127.0.0.1:8090/login/oauth2/code/dvk,http://localhost:8090/login/oauth2/code/dvk")
                .containsEntry("DVK_PORTAL_LOGOUT_URIS", "http://127.0.0.1:8090/,http://localhost:8090/")
                .containsEntry("DVK_SMTP_HOST", "127.0.0.1")
                .containsEntry("DVK_SMTP_PORT", "3025")
                .doesNotContainKeys("DVK_PORTAL_SERVICES_IDENTITY", "DVK_PORTAL_SERVICES_PORTAL");
    }

    @Test
    void aStackOnOtherPortsTellsEachServiceWhereTheOthersAre() {
        Layout moved = new Layout(ROOT, ROOT.resolve(".dvk"), Layout.HOST, StackComponents.all().stream()
                .map(component -> component.onPorts(component.ports().stream().map(port -> port + 30000).toList()))
                .toList(), "./dvk", Map.of());

        Map<String, String> addresses = StackAddresses.of(moved);

        assertThat(addresses)
                .containsEntry("DVK_PORTAL_SERVICES_REPORTING", "http://127.0.0.1:38084")
                .containsEntry("DVK_PORTAL_URL", "http://127.0.0.1:38090")
                .containsEntry("DVK_PORTAL_LOGOUT_URIS", "http://127.0.0.1:38090/,http://localhost:38090/")
                .containsEntry("DVK_SMTP_PORT", "33025");
    }

    @Test
    void aMailServerTheUserNamesIsLeftAlone() {
        Layout ownMail = new Layout(ROOT, ROOT.resolve(".dvk"), Layout.HOST, StackComponents.all(), "./dvk",
                Map.of("DVK_SMTP_HOST", "mail.example.vn"));

        assertThat(StackAddresses.of(ownMail)).doesNotContainKeys("DVK_SMTP_HOST", "DVK_SMTP_PORT");
    }
}
