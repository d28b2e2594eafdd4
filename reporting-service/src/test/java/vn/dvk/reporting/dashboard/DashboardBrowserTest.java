package vn.dvk.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignPublished;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.fixtures.ReportingApiTest;
import vn.dvk.testsupport.TestTokens;

/**
 * The dashboard page in a real headless Chromium: Vietnamese headings and the figures appear, a new event updates
 * the open page through Server-Sent Events, and the compliance table drills down from a district to a commune.
 */
class DashboardBrowserTest extends ReportingApiTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int YEAR = 2027;

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void start_chromium() throws Exception {
        ensureChromium();
        profile = Files.createTempDirectory("dvk-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop_chromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void the_page_shows_the_figures_in_vietnamese_updates_live_and_drills_down() {
        CampaignSnapshot plan = new CampaignSnapshot("campaign-mai-son-" + System.nanoTime(), "125", "14/125",
                "Kế hoạch phong trào \"Dân vận khéo\" huyện Mai Sơn", "12/KH-UBND", LocalDate.of(YEAR, 1, 5), YEAR,
                YEAR, null, List.of(), List.of(new CampaignSnapshot.Target(UnitLevel.COMMUNE, null, null, 1,
                "Mỗi xã ít nhất 1 mô hình")), 1);
        try (EventFeed feed = new EventFeed()) {
            feed.send(RegistrationEvents.CAMPAIGN_PUBLISHED, plan.id(), "14/125", 1,
                    new CampaignPublished(plan, "UBND huyện Mai Sơn", Instant.now()));
            for (int i = 0; i < 3; i++) {
                feed.registered(ModelFixtures.aCollectiveModel().inUnit("04105").inYear(YEAR)
                        .atLevel(ManagementLevel.GRASSROOTS).inField(Field.ECONOMY).named("Mô hình Hát Lót " + i)
                        .registered());
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> statistics("125", YEAR).get("total").asLong() == 3);

        browser.get("http://127.0.0.1:" + port + "/?unit=125&year=" + YEAR + "#access_token="
                + TestTokens.superuser());

        await().atMost(Duration.ofSeconds(30)).until(() -> text("total").equals("3")
                && text("live").contains("Cập nhật trực tiếp"));
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Phong trào thi đua “Dân vận khéo”", "Thống kê mô hình", "Theo cấp quản lý",
                "Theo lĩnh vực", "Tập thể và cá nhân", "Theo trạng thái", "Thực hiện chỉ tiêu theo đơn vị",
                "Cấp cơ sở", "Phát triển kinh tế", "Đã đăng ký", "Huyện Mai Sơn");
        assertThat(browser.findElements(By.cssSelector("#chart-level svg rect"))).hasSize(3);
        assertThat(browser.findElement(By.id("table-compliance")).getText()).contains("Xã Chiềng Sung");

        try (EventFeed feed = new EventFeed()) {
            feed.registered(ModelFixtures.anIndividualModel().inUnit("04108").inYear(YEAR)
                    .atLevel(ManagementLevel.DISTRICT).inField(Field.CULTURE_SOCIETY).named("Mô hình Chiềng Sung")
                    .registered());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> text("total").equals("4")
                && text("individual").equals("1"));

        browser.findElement(By.cssSelector("#table-compliance a[data-unit='04108']")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.findElement(By.id("breadcrumb")).getText()
                .contains("Xã Chiềng Sung") && text("total").equals("1"));
        assertThat(browser.findElement(By.id("breadcrumb")).getText()).contains("Huyện Mai Sơn");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Chromium and its driver from Debian; installed when missing and possible, otherwise the test is skipped. */
    private static void ensureChromium() throws Exception {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean apt = Files.isExecutable(Path.of("/usr/bin/apt-get"));
        Assumptions.assumeTrue(root && apt, "Chromium (/usr/bin/chromium, /usr/bin/chromedriver) is not installed"
                + " and cannot be installed here: " + (root ? "" : "not running as root; ")
                + (apt ? "" : "no apt-get; ") + "install the Debian packages chromium and chromium-driver.");
        run("apt-get", "update");
        run("apt-get", "install", "-y", "chromium", "chromium-driver");
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "apt-get could not install chromium and chromium-driver (no package source reachable?)");
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            Assumptions.abort(String.join(" ", command) + " did not finish in 10 minutes");
        }
    }
}
