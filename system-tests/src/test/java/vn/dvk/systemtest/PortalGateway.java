package vn.dvk.systemtest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Downloads through the portal's gateway ({@code /api/<service>/**}) from the page open in the browser, with the
 * signed-in official's session, as the page's download links make them.
 */
final class PortalGateway {

    private static final Duration SCRIPT_WAIT = Duration.ofSeconds(90);
    private static final String FETCH = """
            var done = arguments[arguments.length - 1];
            fetch(arguments[0])
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

    /** The content a link of the page points to, as the official's browser downloads it. */
    static byte[] download(WebDriver browser, String href) {
        browser.manage().timeouts().scriptTimeout(SCRIPT_WAIT);
        Map<?, ?> answer = (Map<?, ?>) ((JavascriptExecutor) browser).executeAsyncScript(FETCH, href);
        int status = ((Number) answer.get("status")).intValue();
        byte[] body = Base64.getDecoder().decode((String) answer.get("body"));
        if (status != 200) {
            throw new AssertionError("downloading " + href + " answered " + status + ": "
                    + new String(body, StandardCharsets.UTF_8));
        }
        return body;
    }
}
