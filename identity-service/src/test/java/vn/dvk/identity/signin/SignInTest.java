package vn.dvk.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dvk.identity.IdentityIntegrationTest;
import vn.dvk.identity.cli.TokenCommand;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.platform.domain.Caller;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.testsupport.ServiceClient;

class SignInTest extends IdentityIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "Mat-khau-Chieng-On-2026";
    private static final Caller TEST_ADMIN = new Caller("test", "Quản trị thử", "14", Set.of(Role.ADMIN));

    /** A browser: its own cookies, no redirects followed. */
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> open(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(ISSUER + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the sign-in form as a browser would after opening the page; the Location it is sent to. */
    private String submit(String login, String password) throws Exception {
        Matcher csrf = CSRF.matcher(open("/login").body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(ISSUER + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private void anOfficialExists(String login) {
        if (officials.find(login).isEmpty()) {
            officials.create(TEST_ADMIN, login, new Official.Profile("Cầm Thị Ơn",
                    login + "@dvk.local", "04063", Set.of(Role.UNIT_CLERK), true), PASSWORD);
        }
    }

    @Test
    void the_sign_in_page_is_vietnamese_carries_a_csrf_token_and_security_headers_and_fetches_nothing_outside()
            throws Exception {
        HttpResponse<String> page = open("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\"", "Đăng nhập", "Tên đăng nhập", "Mật khẩu")
                .containsPattern(CSRF.pattern())
                .doesNotContain("http://", "https://");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'none'", "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(open("/css/login.css").statusCode()).isEqualTo(200);
    }

    @Test
    void a_sign_in_without_the_csrf_token_is_refused() throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(ISSUER + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=yenchau.canbo&password=" + demoPassword()))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void a_wrong_password_says_so_in_vietnamese_without_telling_whether_the_login_exists() throws Exception {
        String unknown = submit("khong.ton.tai", "sai-mat-khau-123");
        String wrong = submit("yenchau.lanhdao", "sai-mat-khau-123");

        assertThat(unknown).endsWith("/login?error=bad");
        assertThat(wrong).isEqualTo(unknown);
        assertThat(open("/login?error=bad").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        officials.recordSuccessfulSignIn("yenchau.lanhdao");
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_password_until_an_administrator_resets_it()
            throws Exception {
        String login = "chiengon.khoa";
        anOfficialExists(login);

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(submit(login, "sai-mat-khau-" + attempt)).endsWith("/login?error=bad");
        }
        assertThat(submit(login, "sai-mat-khau-5")).endsWith("/login?error=locked");
        assertThat(submit(login, PASSWORD)).as("locked: even the right password is refused")
                .endsWith("/login?error=locked");
        assertThat(officials.find(login).orElseThrow().isLocked(java.time.Instant.now())).isTrue();
        assertThat(open("/login?error=locked").body())
                .contains("Tài khoản tạm thời bị khóa do nhập sai mật khẩu 5 lần liên tiếp")
                .contains("thử lại sau 15 phút");
        assertThatThrownBy(() -> new TokenCommand(URI.create(ISSUER), "dvk-cli", null, "http://127.0.0.1/callback")
                .signIn(login, PASSWORD, "openid")).isInstanceOf(TokenCommand.SignInFailed.class)
                .hasMessageContaining("error=locked");

        officials.resetPassword(TEST_ADMIN, login, PASSWORD);

        assertThat(signIn(login, PASSWORD).path("access_token").asString()).isNotBlank();
    }

    @Test
    void a_disabled_official_cannot_sign_in() throws Exception {
        String login = "chiengon.nghi";
        anOfficialExists(login);
        Official official = officials.find(login).orElseThrow();
        officials.update(TEST_ADMIN, login, official.version(), new Official.Profile(
                official.displayName(), official.email(), official.unitCode(), official.roles(), false));

        assertThat(submit(login, PASSWORD)).endsWith("/login?error=disabled");
        assertThat(new ServiceClient(PORT).get("/login?error=disabled").body())
                .contains("Tài khoản đã bị vô hiệu hóa");
    }
}
