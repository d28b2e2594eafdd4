package vn.dvk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The test provider grants a browser's sign-in only to the holder of the PKCE verifier, once. */
class TestTokensSignInTest {

    private static final String VERIFIER = "a-verifier-long-enough-for-pkce-0123456789abcdefghijklmnop";
    private static final String REDIRECT = "http://127.0.0.1:1/login/oauth2/code/dvk";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_code_is_redeemed_with_the_verifier_for_an_id_token_of_the_named_official() throws Exception {
        TestTokens.signInAs("clerk.04096", "04096", "UNIT_CLERK");
        String code = authorize(challenge(VERIFIER));

        HttpResponse<String> wrong = redeem(authorize(challenge(VERIFIER)), "another-verifier");
        HttpResponse<String> right = redeem(code, VERIFIER);
        HttpResponse<String> again = redeem(code, VERIFIER);

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("invalid_grant");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("\"access_token\"", "\"id_token\"", "\"token_type\":\"Bearer\"");
        String idToken = right.body().replaceAll(".*\"id_token\":\"([^\"]+)\".*", "$1");
        String claims = new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"preferred_username\":\"clerk.04096\"", "\"unit\":\"04096\"", "\"nonce\":\"n-1\"",
                "\"aud\":\"dvk-portal\"");
        assertThat(again.statusCode()).isEqualTo(400);
    }

    @Test
    void an_authorization_request_without_pkce_is_refused() throws Exception {
        TestTokens.signInAs("clerk.04096", "04096", "UNIT_CLERK");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(TestTokens.issuer()
                + "/oauth2/authorize?response_type=code&client_id=dvk-portal&redirect_uri="
                + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("invalid_request");
    }

    private String authorize(String challenge) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(TestTokens.issuer()
                + "/oauth2/authorize?response_type=code&client_id=dvk-portal&state=s-1&nonce=n-1&redirect_uri="
                + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8) + "&code_challenge=" + challenge
                + "&code_challenge_method=S256")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT + "?code=").endsWith("&state=s-1");
        return location.replaceAll(".*code=([^&]+).*", "$1");
    }

    private HttpResponse<String> redeem(String code, String verifier) throws Exception {
        String form = "grant_type=authorization_code&client_id=dvk-portal&code=" + code + "&redirect_uri="
                + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8) + "&code_verifier=" + verifier;
        return http.send(HttpRequest.newBuilder(URI.create(TestTokens.issuer() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
