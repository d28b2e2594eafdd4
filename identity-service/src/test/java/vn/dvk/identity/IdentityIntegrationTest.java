package vn.dvk.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.dvk.identity.cli.TokenCommand;
import vn.dvk.identity.demo.DemoAccounts;
import vn.dvk.identity.demo.DemoPassword;
import vn.dvk.identity.official.application.OfficialService;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;

/**
 * The provider running on a free port that is also its issuer, so that discovery, the sign-in redirects and the
 * tokens' {@code iss} all name the address tests call. The demo accounts exist, with the password in a temporary
 * file, as {@code ./dvk start --demo} would leave them.
 */
@DvkIntegrationTest
public abstract class IdentityIntegrationTest {

    protected static final int PORT = freePort();
    protected static final String ISSUER = "http://127.0.0.1:" + PORT;
    protected static final Path DEMO_PASSWORD_FILE = demoPasswordFile();

    @Autowired
    protected OfficialService officials;

    @Autowired
    protected InstanceScope scope;

    protected ServiceClient api = new ServiceClient(PORT);

    @DynamicPropertySource
    static void issuerOnAFreePort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("dvk.identity.issuer", () -> ISSUER);
        registry.add("dvk.demo.password-file", DEMO_PASSWORD_FILE::toString);
    }

    @BeforeEach
    void demoAccountsExist() {
        new DemoAccounts(officials, scope).load(demoPassword());
    }

    protected static String demoPassword() {
        return DemoPassword.readOrCreate(DEMO_PASSWORD_FILE);
    }

    /** Signs in through the form with the command-line client, as {@code ./dvk token} does. */
    protected static JsonNode signIn(String login, String password) throws Exception {
        return new TokenCommand(URI.create(ISSUER), "dvk-cli", null, "http://127.0.0.1/callback")
                .signIn(login, password, "openid profile");
    }

    protected static String accessTokenOf(String login) throws Exception {
        return signIn(login, demoPassword()).path("access_token").asString();
    }

    protected static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** The claims of a JWT, read without checking it (tests that check signatures do so themselves). */
    protected static JsonNode claimsOf(String jwt) {
        String payload = jwt.split("\\.")[1];
        return ServiceClient.JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path demoPasswordFile() {
        try {
            Path directory = Files.createTempDirectory("dvk-identity-test");
            return directory.resolve("demo-password");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
