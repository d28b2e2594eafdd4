package vn.dvk.portal.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: signs in at a running portal as a demo official (through the identity provider's sign-in page, as a
 * browser does) and asks for each page of an official's day {@code rounds} times after a warm-up, printing p50 and p95
 * per page; the target is 300 ms at p95 on the demo data. The baseline, measured in the same run, is the API read most
 * pages are built on ({@code GET /api/v1/models} of registration-service relayed by the portal's gateway with the same
 * session), so that each page's ratio says what the portal adds to the service it reads.
 * <p>
 * Run after {@code ./dvk start --demo} and {@code ./mvnw -q -pl portal test-compile}: {@code java -cp
 * portal/target/test-classes vn.dvk.portal.benchmark.PortalPageBenchmark http://127.0.0.1:8090 yenchau.bcd 50
 * .dvk/demo-password sonla.admin} (it needs nothing but the JDK). The administrator's pages are asked in a
 * session of the fifth argument's login; the record pages (a model, an inspection plan, a proposal, a report) are the first their lists link to.
 */
public final class PortalPageBenchmark {

    private static final List<String> PAGES = List.of("/", "/models", "/models?year=2022", "/models/new",
            "/reviews", "/dashboard", "/dashboard?year=2022", "/models/import", "/proposals",
            "/proposals?year=2022", "/proposals/new", "/notifications", "/notifications/unread", "/reports",
            "/inspections", "/inspections?year=2022", "/inspections/new", "/ratings?year=2022", "/ratings/import",
            "/notifications/subscriptions");
    /** The record pages, each the first one its list links to (none in a fresh demo stack is said so). */
    private static final List<String> DETAIL_LISTS = List.of("/models?year=2022", "/inspections?year=2022",
            "/proposals?year=2022", "/proposals", "/reports?year=2022");
    private static final Pattern DETAIL_LINK = Pattern.compile("href=\"(/(?:models|inspections|proposals|reports)/"
            + "(?!new\"|import\"|export)[A-Za-z0-9_-]+)\"");
    /** The administrator's pages, measured in a session of their own. */
    private static final List<String> ADMIN_PAGES = List.of("/admin/officials", "/admin/officials/new",
            "/admin/officials/yenchau.canbo", "/admin/officials/import", "/admin/units", "/admin/rebuild",
            "/admin/audit");
    private static final String BASELINE = "/api/registration/v1/models?year=2022";
    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final int WARM_UP = 5;

    private PortalPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8090";
        String login = args.length > 1 ? args[1] : "yenchau.bcd";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        String password = Files.readString(Path.of(args.length > 3 ? args[3] : ".dvk/demo-password")).strip();
        String adminLogin = args.length > 4 ? args[4] : "sonla.admin";
        HttpClient http = signedIn(base, login, password);
        System.out.printf("portal benchmark: %s as %s (admin pages as %s), %d rounds per page after %d warm-up"
                + " requests; store: the stack's (see ./dvk status)%n", base, login, adminLogin, rounds, WARM_UP);

        long baselineP95 = measure(http, base, BASELINE, rounds, "baseline (API read through the gateway)", 0);
        for (String page : PAGES) {
            measure(http, base, page, rounds, page, baselineP95);
        }
        for (String list : DETAIL_LISTS) {
            Matcher detail = DETAIL_LINK.matcher(http.send(get(URI.create(base + list)),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (detail.find()) {
                measure(http, base, detail.group(1), rounds, detail.group(1) + " (first of " + list + ")",
                        baselineP95);
            } else {
                System.out.printf("%-40s none listed%n", "first of " + list);
            }
        }
        HttpClient admin = signedIn(base, adminLogin, password);
        for (String page : ADMIN_PAGES) {
            measure(admin, base, page, rounds, page, baselineP95);
        }
    }

    private static HttpClient signedIn(String base, String login, String password)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        signIn(http, base, login, password);
        return http;
    }

    private static void signIn(HttpClient http, String base, String login, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> signInPage = http.send(get(URI.create(base + "/")), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(signInPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no sign-in page at " + signInPage.uri() + " (status "
                    + signInPage.statusCode() + ")");
        }
        String token = (csrf.group(1) != null ? csrf.group(1) : csrf.group(2)).replace("&#45;", "-")
                .replace("&amp;", "&");
        String form = "username=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(signInPage.uri()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(base)) {
            throw new IllegalStateException("signing in as " + login + " ended at " + home.uri() + " (status "
                    + home.statusCode() + ")");
        }
    }

    private static long measure(HttpClient http, String base, String path, int rounds, String label,
                                long baselineP95) throws IOException, InterruptedException {
        HttpRequest request = get(URI.create(base + path));
        for (int i = 0; i < WARM_UP; i++) {
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
        long p95 = millis[(int) Math.ceil(rounds * 0.95) - 1];
        String ratio = baselineP95 > 0 ? String.format("  p95/baseline %.1f", (double) p95 / baselineP95) : "";
        System.out.printf("%-40s status %d  p50 %4d ms  p95 %4d ms  max %4d ms%s%s%n", label, status,
                millis[rounds / 2], p95, millis[rounds - 1], ratio, p95 > 300 ? "  (over 300 ms)" : "");
        return Math.max(p95, 1);
    }

    private static HttpRequest get(URI uri) {
        // as a browser asks: the sign-in entry points redirect only requests that accept HTML
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "text/html,*/*;q=0.8")
                .GET().build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
