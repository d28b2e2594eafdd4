package vn.dvk.systemtest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import vn.dvk.testsupport.ServiceClient;

/**
 * Calls through the portal's gateway ({@code /api/<service>/**}) from the page open in the browser, with the signed-in
 * official's session and the page's CSRF token, as the portal's own scripts and download links make them.
 */
final class PortalGateway {

    private static final Duration SCRIPT_WAIT = Duration.ofSeconds(90);
    private static final String FETCH = """
            var done = arguments[arguments.length - 1];
            var headers = JSON.parse(document.body.getAttribute('hx-headers'));
            if (arguments[2] !== null) {
                headers['Content-Type'] = 'application/json';
            }
            fetch(arguments[1], {method: arguments[0], headers: headers, body: arguments[2]})
                .then(function (answer) {
                    return answer.arrayBuffer().then(function (content) {
                        var bytes = new Uint8Array(content);
                        var binary = '';
                        for (var i = 0; i < bytes.length; i++) {
                            binary += String.fromCharCode(bytes[i]);
                        }
                        done({status: answer.status, body: btoa(binary)});
                    });
                }, function (failure) {
                    done({status: -1, body: btoa(String(failure))});
                });
            """;

    private PortalGateway() {
    }

    /** What the gateway answered. */
    record Reply(int status, byte[] body) {

        JsonNode json() {
            return ServiceClient.JSON.readTree(body);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A call with a JSON body (or none when {@code json} is null). */
    static Reply call(WebDriver browser, String method, String path, String json) {
        browser.manage().timeouts().scriptTimeout(SCRIPT_WAIT);
        Map<?, ?> answer = (Map<?, ?>) ((JavascriptExecutor) browser).executeAsyncScript(FETCH, method, path, json);
        return new Reply(((Number) answer.get("status")).intValue(),
                Base64.getDecoder().decode((String) answer.get("body")));
    }

    /** The content a link of the page points to, as the official's browser downloads it. */
    static byte[] download(WebDriver browser, String href) {
        Reply reply = call(browser, "GET", href, null);
        if (reply.status() != 200) {
            throw new AssertionError("downloading " + href + " answered " + reply.status() + ": " + reply.text());
        }
        return reply.body();
    }
}
