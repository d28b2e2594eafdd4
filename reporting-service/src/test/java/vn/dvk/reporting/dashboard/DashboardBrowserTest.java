package vn.dvk.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignPublished;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.fixtures.ReportingApiTest;
import vn.dvk.testsupport.HeadlessChromium;
import vn.dvk.testsupport.TestTokens;

/**
 * The dashboard page in a real headless Chromium: Vietnamese headings and the figures appear, a new event updates
 * the open page through Server-Sent Events, and the compliance table drills down from a district to a commune.
 */
class DashboardBrowserTest extends ReportingApiTest {

    private static final int YEAR = 2027;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeEach
    void start_chromium() {
        chromium = HeadlessChromium.start(1366, 768);
        browser = chromium.driver();
    }

    @AfterEach
    void stop_chromium() {
        if (chromium != null) {
            chromium.close();
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
}
