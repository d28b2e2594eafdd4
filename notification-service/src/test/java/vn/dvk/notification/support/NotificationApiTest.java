package vn.dvk.notification.support;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.official.domain.Officials;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;

/**
 * The running service on the shared broker and store, as the province instance (scope {@code 14}), sending mail to
 * the test JVM's GreenMail; every notification integration test extends it, so all of them share one Spring context.
 * Tests announce their own officials (unique logins), so each reads only its own mailbox and feed.
 */
@DvkIntegrationTest
public abstract class NotificationApiTest {

    /** Consumption, retries and sending on a loaded 2-core machine: generous, never flaky. */
    protected static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    protected int port;

    @Autowired
    private Officials known;

    protected ServiceClient api;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::smtpPort);
    }

    @BeforeEach
    void connect() {
        api = new ServiceClient(port);
    }

    protected static ConditionFactory eventually() {
        return Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200));
    }

    /** The API as this official, with the roles identity-service gave him. */
    protected ServiceClient as(Official official) {
        return api.as(official.login(), official.unitCode(), official.roles().stream().map(Role::name)
                .toArray(String[]::new));
    }

    /** A new official with a login no other test uses, announced by identity-service; waits until he is known. */
    protected Official announced(String prefix, String unitCode, Role... roles) {
        Official official = OfficialFixtures.official(prefix + "."
                + Long.toString(System.nanoTime(), 36), unitCode, roles);
        Events.publish(official);
        eventually().until(() -> known.find(official.login()).isPresent());
        return official;
    }
}
