package vn.dvk.portal.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: asks a running portal for each page of an official's day, {@code rounds} times after a warm-up, and prints
 * p50 and p95 per page (the target: 300 ms at p95 on the demo data). The official is the one whose session cookie is
 * given: sign in at the portal in a browser (e.g. after {@code ./dvk start --demo}) and copy the value of
 * {@code DVK_PORTAL_SESSION} from the browser's developer tools.
 * <p>
 * Run: {@code mvn -o -q -pl portal test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.dvk.portal.benchmark.PortalPageBenchmark -Dexec.args="<session> http://127.0.0.1:8090 50"}.
 */
public final class PortalPageBenchmark {

    private static final List<String> PAGES = List.of("/", "/models", "/models?year=2022", "/models/new",
            "/reviews", "/dashboard", "/dashboard?year=2022", "/models/import", "/proposals",
            "/proposals?year=2022", "/proposals/new", "/notifications", "/notifications/unread");

    private PortalPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: PortalPageBenchmark <DVK_PORTAL_SESSION value> [base URL] [rounds]");
            System.exit(2);
        }
        String session = args[0];
        String base = args.length > 1 ? args[1] : "http://127.0.0.1:8090";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("portal benchmark: %s, %d rounds per page after 5 warm-up requests%n", base, rounds);
        for (String page : PAGES) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + page))
                    .header("Cookie", "DVK_PORTAL_SESSION=" + session).timeout(Duration.ofSeconds(30)).GET().build();
            for (int i = 0; i < 5; i++) {
                http.send(request, HttpResponse.BodyHandlers.discarding());
            }
            long[] millis = new long[rounds];
            int status = 0;
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                status = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.printf("%-22s status %d  p50 %4d ms  p95 %4d ms  max %4d ms%n", page, status,
                    millis[rounds / 2], millis[(int) Math.ceil(rounds * 0.95) - 1], millis[rounds - 1]);
            if (status == 302) {
                System.out.println("  (302: the session is not signed in; copy a fresh DVK_PORTAL_SESSION)");
            }
        }
    }
}
