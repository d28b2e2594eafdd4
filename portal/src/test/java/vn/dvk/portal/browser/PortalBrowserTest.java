package vn.dvk.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dvk.portal.fixtures.AwardPayloads;
import vn.dvk.portal.fixtures.InspectionPayloads;
import vn.dvk.portal.fixtures.Payloads;
import vn.dvk.portal.fixtures.ServiceStub;
import vn.dvk.testsupport.AxeCheck;
import vn.dvk.testsupport.HeadlessChromium;
import vn.dvk.testsupport.TestTokens;

/**
 * The portal in a real headless Chromium: an official signs in at the OIDC provider (authorization code with PKCE),
 * a commune clerk meets a validation error in place and registers a model, the district Steering Committee member
 * sees the queue and the dashboard opening on 2022, drills down to the commune and reaches its list of models, and a
 * registration his role may not make comes back as the service's refusal; the clerk follows a notice from the feed to
 * its page and prepares an award proposal whose refused upload is said in place, the district's council votes and its
 * chairman decides, and another district's chairman's decision comes back as the service's refusal. Every page passes
 * axe-core without a serious or critical violation, at 1366×768 and on a phone; screenshots go to
 * {@code target/browser-screenshots}.
 * The services are stood in for by one HTTP stub: the walk through the whole stack needs identity-service in the
 * launcher.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserTest {

    private static final ServiceStub SERVICES = new ServiceStub();
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private static HeadlessChromium chromium;
    private static AxeCheck axe;

    @LocalServerPort
    private int port;

    private final Map<String, List<String>> violationsByPage = new LinkedHashMap<>();
    private int step;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        for (String service : List.of("registration", "evaluation", "award", "reporting", "notification",
                "identity")) {
            properties.add("dvk.portal.services." + service, SERVICES::baseUrl);
        }
        properties.add("dvk.oidc.issuer", TestTokens::issuer);
    }

    @BeforeAll
    static void start_the_browser() {
        chromium = HeadlessChromium.start(1366, 768);
        axe = AxeCheck.installed();
    }

    @AfterAll
    static void stop_the_browser() {
        if (chromium != null) {
            chromium.close();
        }
        SERVICES.close();
    }

    @Test
    void officials_do_their_work_in_vietnamese_and_every_page_is_accessible() {
        WebDriver browser = chromium.driver();
        commune_clerk_registers_a_model_after_a_validation_error(browser);
        steering_member_reviews_and_drills_down_the_dashboard(browser);
        a_forbidden_registration_shows_the_services_refusal(browser);
        steering_member_plans_an_inspection_and_records_its_findings(browser);
        steering_member_imports_ratings_and_sees_the_refused_cells(browser);
        the_dashboard_fits_a_phone(browser);
        clerk_follows_a_notice_and_prepares_a_proposal(browser);
        the_council_votes_and_the_chairman_decides(browser);
        a_decision_of_another_districts_chairman_shows_the_services_refusal(browser);
        a_clerk_chooses_his_notices_and_publishes_a_submitted_list(browser);
        an_administrator_keeps_accounts_follows_a_rebuild_and_reads_the_audit_log(browser);
        the_provinces_administrator_checks_a_unit_directory_whose_rows_are_refused(browser);

        assertThat(violationsByPage).allSatisfy((page, violations) ->
                assertThat(violations).as("axe-core on %s", page).isEmpty());
    }

    private void commune_clerk_registers_a_model_after_a_validation_error(WebDriver browser) {
        TestTokens.signInAs("clerk.04096", "04096", "UNIT_CLERK");
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .json("GET", "/api/v1/models", Payloads.page(1, Payloads.model("m-1", "Cà phê Nà Sành", "APPROVED")))
                .json("GET", "/api/v1/deadlines", "{\"items\":[]}")
                .json("GET", "/api/v1/self-assessments/overdue", "[]");

        browser.get(base() + "/");
        awaitHeading(browser, "Việc cần làm");
        assertThat(browser.findElement(By.className("who-name")).getText()).isEqualTo("Cán bộ clerk.04096");
        check(browser, "viec-can-lam");

        browser.get(base() + "/models?year=2022");
        awaitHeading(browser, "Mô hình, điển hình “Dân vận khéo”");
        assertThat(browser.findElement(By.id("models-table")).getText()).contains("Cà phê Nà Sành", "Đã phê duyệt");
        check(browser, "danh-sach-mo-hinh");

        SERVICES.problem("POST", "/api/v1/models", 400, Payloads.problem(400, "validation", "Dữ liệu không hợp lệ",
                "name", "Tên mô hình là bắt buộc"));
        browser.get(base() + "/models/new");
        awaitHeading(browser, "Đăng ký mô hình, điển hình");
        fillRegistration(browser, "");
        browser.findElement(By.cssSelector("#model-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("name-error")));
        assertThat(browser.findElement(By.id("name-error")).getText()).isEqualTo("Tên mô hình là bắt buộc");
        assertThat(SERVICES.received("POST", "/api/v1/models").get(0).body())
                .contains("\"year\":" + Year.now().getValue(), "\"startDate\":\"2022-01-15\"");
        assertThat(browser.findElement(By.id("year")).getAttribute("value"))
                .isEqualTo(Integer.toString(Year.now().getValue()));
        check(browser, "dang-ky-loi-tai-cho");

        SERVICES.answer("POST", "/api/v1/models", 201, "application/json",
                        Payloads.model("m-7", "Cà phê Nà Sành", "REGISTERED"))
                .json("GET", "/api/v1/models/m-7", Payloads.model("m-7", "Cà phê Nà Sành", "REGISTERED"))
                .json("GET", "/api/v1/models/m-7/history", "[{\"action\":\"REGISTERED\",\"from\":null,"
                        + "\"to\":\"REGISTERED\",\"reason\":null,\"by\":\"clerk.04096\",\"at\":\"2022-01-15T02:00:00Z\"}]")
                .json("GET", "/api/v1/reviews", "[]").json("GET", "/api/v1/self-assessments", "[]")
                .json("GET", "/api/v1/evaluations", "[]");
        browser.findElement(By.id("name")).sendKeys("Cà phê Nà Sành");
        browser.findElement(By.cssSelector("#model-form button[type=submit]")).click();
        awaitHeading(browser, "Cà phê Nà Sành");
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Đã đăng ký mô hình");
        assertThat(browser.findElement(By.id("history")).getText()).contains("15/01/2022");
        check(browser, "trang-mo-hinh");

        browser.get(base() + "/models/import");
        awaitHeading(browser, "Nhập");
        check(browser, "nhap-excel");
    }

    private void steering_member_reviews_and_drills_down_the_dashboard(WebDriver browser) {
        SERVICES.reset();
        TestTokens.signInAs("steering.124", "124", "STEERING_MEMBER");
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.district124())
                .jsonWhen("GET", "/api/v1/dashboard/units", "unit=04096", Payloads.commune04096())
                .json("GET", "/api/v1/models", Payloads.page(1, Payloads.model("m-7", "Cà phê Nà Sành", "REGISTERED")))
                .json("GET", "/api/v1/inspection-plans", "[]")
                .json("GET", "/api/v1/statistics/models", Payloads.statistics("124", Year.now().getValue(), 0))
                .jsonWhen("GET", "/api/v1/statistics/models", "year=2022", Payloads.statistics("124", 2022, 119))
                .jsonWhen("GET", "/api/v1/statistics/models", "unit=04096&year=2022",
                        Payloads.statistics("04096", 2022, 3))
                .json("GET", "/api/v1/compliance", Payloads.noCompliance("124", 2022));

        browser.findElement(By.id("logout")).click();
        awaitHeading(browser, "Việc cần làm");
        assertThat(browser.findElement(By.className("who-name")).getText()).isEqualTo("Cán bộ steering.124");
        assertThat(browser.findElement(By.id("task-review")).getText()).contains("Cà phê Nà Sành");

        browser.get(base() + "/reviews");
        awaitHeading(browser, "Xét duyệt đăng ký mô hình");
        check(browser, "hang-doi-xet-duyet");

        browser.get(base() + "/dashboard");
        awaitHeading(browser, "Thống kê phong trào “Dân vận khéo”");
        assertThat(browser.findElement(By.cssSelector("#figures h2")).getText()).isEqualTo("Huyện Mai Sơn – năm 2022");
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("119");
        assertThat(browser.findElement(By.id("report-pdf")).getAttribute("href"))
                .endsWith("/api/reporting/v1/reports/yearly?unit=124&year=2022&format=pdf");
        check(browser, "thong-ke-huyen");

        browser.findElement(By.cssSelector("#children a[data-unit='04096']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(
                By.cssSelector("#figures h2"), "Xã Chiềng Mung – năm 2022"));
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("3");
        check(browser, "thong-ke-xa");

        browser.findElement(By.id("total")).click();
        awaitHeading(browser, "Mô hình, điển hình “Dân vận khéo”");
        assertThat(browser.getCurrentUrl()).contains("unit=04096", "year=2022", "status=APPROVED");
        assertThat(SERVICES.received("GET", "/api/v1/models")).last()
                .satisfies(asked -> assertThat(asked.query()).contains("unit=04096", "year=2022"));
        check(browser, "danh-sach-cua-so-lieu");

        SERVICES.json("GET", "/api/v1/reports/submissions", Payloads.reportSubmissions124())
                .json("GET", "/api/v1/reports/" + Payloads.REPORT_DRAFT_ID, Payloads.reportDraft(2, 2, "null"))
                .json("GET", "/api/v1/reports/" + Payloads.REPORT_DRAFT_ID + "/versions", Payloads.reportVersions());
        browser.get(base() + "/reports?year=2022");
        awaitHeading(browser, "Báo cáo phong trào “Dân vận khéo”");
        assertThat(browser.findElement(By.id("table-submissions")).getText()).contains("Xã Chiềng Mung", "trễ hạn",
                "Tổng số mô hình: đã báo cáo 1, hiện nay 2");
        check(browser, "bao-cao-cac-xa");
        browser.findElement(By.cssSelector("#table-submissions a")).click();
        awaitHeading(browser, "Báo cáo năm 2022");
        assertThat(browser.findElement(By.id("downloads")).getText()).contains("Phiên bản 2", "Phiên bản 1");
        check(browser, "bao-cao-cua-xa");
    }

    private void a_forbidden_registration_shows_the_services_refusal(WebDriver browser) {
        SERVICES.problem("POST", "/api/v1/models", 403, Payloads.problem(403, "forbidden",
                "Bạn không có quyền đăng ký mô hình", null, null));
        browser.get(base() + "/models/new");
        awaitHeading(browser, "Đăng ký mô hình, điển hình");
        fillRegistration(browser, "Mô hình không được phép");
        browser.findElement(By.cssSelector("#model-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "Bạn không có quyền đăng ký mô hình"));
        check(browser, "tu-choi");
    }

    private void steering_member_plans_an_inspection_and_records_its_findings(WebDriver browser) {
        String plan = "/api/v1/inspection-plans/" + InspectionPayloads.PLAN_ID;
        SERVICES.json("GET", "/api/v1/inspection-plans", "[" + InspectionPayloads.plan() + "]")
                .jsonWhen("GET", "/api/v1/models", "status=APPROVED",
                        Payloads.page(1, Payloads.model("m-1", "Cà phê Nà Sành", "APPROVED")))
                .problem("POST", "/api/v1/inspection-plans", 400, Payloads.problem(400, "invalid-input",
                        "Dữ liệu không hợp lệ", "targets", "không được để trống"));
        browser.get(base() + "/inspections?year=2022");
        awaitHeading(browser, "Kế hoạch kiểm tra");
        assertThat(browser.findElement(By.id("plans-table")).getText()).contains("Kế hoạch kiểm tra cuối năm 2022",
                "81/QĐ-UBND ngày 27/01/2022");
        check(browser, "ke-hoach-kiem-tra");

        browser.findElement(By.id("new-plan")).click();
        awaitHeading(browser, "Lập kế hoạch kiểm tra");
        browser.findElement(By.id("name")).sendKeys("Kế hoạch kiểm tra cuối năm 2022");
        browser.findElement(By.id("year")).clear();
        browser.findElement(By.id("year")).sendKeys("2022");
        browser.findElement(By.id("teamName")).sendKeys("Đoàn kiểm tra số 1");
        browser.findElement(By.id("headName")).sendKeys("Lò Văn Thắng");
        check(browser, "lap-ke-hoach-kiem-tra");
        browser.findElement(By.id("plan-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("targets-error")));
        assertThat(browser.findElement(By.id("targets-error")).getText()).isEqualTo("không được để trống");
        check(browser, "ke-hoach-loi-tai-cho");

        SERVICES.answer("POST", "/api/v1/inspection-plans", 201, "application/json", InspectionPayloads.plan())
                .json("GET", plan, InspectionPayloads.plan())
                .problem("POST", plan + "/inspections", 422, Payloads.problem(422, "future-date",
                        "Không thể thực hiện", "inspectedOn", "Ngày kiểm tra không được sau ngày hôm nay."));
        browser.findElement(By.id("target-model-0")).click();
        browser.findElement(By.id("plan-submit")).click();
        awaitHeading(browser, "Kế hoạch kiểm tra cuối năm 2022");
        assertThat(SERVICES.received("POST", "/api/v1/inspection-plans")).last().satisfies(sent ->
                assertThat(sent.body()).contains("\"modelId\":\"m-1\"", "\"name\":\"Lò Văn Thắng\""));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Đã ban hành kế hoạch kiểm tra");
        check(browser, "ke-hoach-chi-tiet");

        typeDate(browser, "inspectedOn-t2", "22/03/2022");
        browser.findElement(By.id("findings-t2")).sendKeys("Mô hình hiệu quả, người dân đồng tình");
        browser.findElement(By.id("inspection-submit-t2")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("inspectedOn-error-t2")));
        assertThat(browser.findElement(By.id("inspectedOn-error-t2")).getText())
                .isEqualTo("Ngày kiểm tra không được sau ngày hôm nay.");
        check(browser, "bien-ban-loi-tai-cho");

        SERVICES.answer("POST", plan + "/inspections", 201, "application/json",
                        InspectionPayloads.inspection("t2", "m-1", false))
                .json("GET", plan, InspectionPayloads.plan(InspectionPayloads.inspection("t2", "m-1", false)));
        typeDate(browser, "inspectedOn-t2", "22/03/2022");
        browser.findElement(By.id("findings-t2")).sendKeys("Mô hình hiệu quả, người dân đồng tình");
        browser.findElement(By.id("inspection-submit-t2")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBe(
                By.id("target-status-t2"), "Đã kiểm tra"));
        assertThat(browser.findElement(By.id("evaluate-t2")).getAttribute("href"))
                .endsWith("/models/m-1?planId=" + InspectionPayloads.PLAN_ID + "#ev-title");
        check(browser, "bien-ban-da-ghi");

        String inspection = "/api/v1/inspections/" + InspectionPayloads.PLAN_ID + ":t2";
        SERVICES.problem("POST", inspection + "/correction", 400, Payloads.problem(400, "invalid-input",
                "Dữ liệu không hợp lệ", "findings", "Kết quả kiểm tra không được trùng với kết quả đã ghi"));
        browser.findElement(By.cssSelector("#target-t2 details.correction summary")).click();
        browser.findElement(By.id("correction-reason-t2")).sendKeys("Ghi thiếu số hộ tham gia");
        browser.findElement(By.id("correction-submit-t2")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("correction-findings-t2-error")));
        assertThat(browser.findElement(By.id("correction-findings-t2-error")).getText())
                .isEqualTo("Kết quả kiểm tra không được trùng với kết quả đã ghi");
        check(browser, "dinh-chinh-bien-ban-loi-tai-cho");

        SERVICES.json("POST", inspection + "/cancellation", InspectionPayloads.inspection("t2", "m-1", true))
                .json("GET", plan, InspectionPayloads.plan(InspectionPayloads.inspection("t2", "m-1", true)));
        browser.findElement(By.id("cancellation-reason-t2")).sendKeys("Ghi nhầm đối tượng");
        browser.findElement(By.id("cancellation-submit-t2")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBe(
                By.id("target-status-t2"), "Chưa kiểm tra"));
        assertThat(browser.findElement(By.id("cancelled-t2-0")).getText()).contains("đã hủy", "Ghi nhầm đối tượng");
        assertThat(SERVICES.received("POST", inspection + "/cancellation").get(0).body())
                .contains("\"reason\":\"Ghi nhầm đối tượng\"");
        check(browser, "bien-ban-da-huy");

        SERVICES.json("GET", "/api/v1/models/m-1", Payloads.model("m-1", "Cà phê Nà Sành", "RECOGNIZED"))
                .json("GET", "/api/v1/models/m-1/history", "[]")
                .json("GET", "/api/v1/reviews", "[]").json("GET", "/api/v1/self-assessments", "[]")
                .json("GET", "/api/v1/inspection-plans", "[]")
                .json("GET", "/api/v1/evaluations", """
                        [{"id":"m-1:year-end:2022","modelId":"m-1","year":2022,"round":"YEAR_END","planId":null,
                          "scores":[{"criterion":"PRACTICAL_EFFECTIVE","score":6.5,"weight":0.3}],"totalScore":6.5,
                          "recognized":false,"reason":null,"evaluatedBy":"bcd.124",
                          "evaluatedAt":"2022-12-10T03:00:00Z","correction":null}]""")
                .problem("POST", "/api/v1/evaluations/m-1:year-end:2022/correction", 422, Payloads.problem(422,
                        "below-threshold", "Không thể thực hiện", "recognized",
                        "Tổng điểm 6,5 dưới ngưỡng công nhận 8."));
        browser.get(base() + "/models/m-1");
        awaitHeading(browser, "Cà phê Nà Sành");
        browser.findElement(By.cssSelector("#evaluation-0 details.correction summary")).click();
        browser.findElement(By.id("verdict-reason-0")).sendKeys("Nhầm kết luận");
        browser.findElement(By.id("verdict-submit-0")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict-problem-0")));
        assertThat(browser.findElement(By.id("verdict-problem-0")).getText()).contains("Không thể thực hiện",
                "Tổng điểm 6,5 dưới ngưỡng công nhận 8.");
        check(browser, "dinh-chinh-ket-luan-loi");

        SERVICES.json("GET", "/api/v1/models/m-1", Payloads.model("m-1", "Cà phê Nà Sành", "RETURNED"))
                .json("GET", "/api/v1/evaluations", "[]")
                .json("GET", "/api/v1/reviews", """
                        [{"id":"r-2","modelId":"m-1","decision":"RETURN","reason":"Bổ sung địa chỉ",
                          "reviewer":"bcd.124","decidedAt":"2022-03-10T03:00:00Z","correction":null}]""")
                .problem("POST", "/api/v1/reviews/r-2/cancellation", 409, Payloads.problem(409,
                        "review-superseded", "Quyết định không còn là quyết định hiện hành", null, null));
        browser.get(base() + "/models/m-1");
        awaitHeading(browser, "Cà phê Nà Sành");
        browser.findElement(By.cssSelector("#review-cancellation-form")).findElement(By.xpath(".."))
                .findElement(By.tagName("summary")).click();
        browser.findElement(By.id("review-cancellation-reason")).sendKeys("Trả lại nhầm");
        browser.findElement(By.id("review-cancellation-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("review-cancellation-problem")));
        assertThat(browser.findElement(By.id("review-cancellation-problem")).getText())
                .contains("Quyết định không còn là quyết định hiện hành");
        check(browser, "huy-xet-duyet-loi");
    }

    private void steering_member_imports_ratings_and_sees_the_refused_cells(WebDriver browser) {
        SERVICES.json("GET", "/api/v1/task-ratings", "[" + InspectionPayloads.rating() + "]")
                .json("GET", "/api/v1/titles", "[]")
                .problem("POST", "/api/v1/task-ratings:import", 400, """
                        {"status":400,"code":"invalid-input","title":"Dữ liệu không hợp lệ",
                         "detail":"Có 1 lỗi trong tệp; chưa dòng nào được lưu.",
                         "errors":[{"field":"row[3].Mã đơn vị","row":3,"column":"Mã đơn vị",
                                    "message":"Dòng 3, cột 'Mã đơn vị': không có đơn vị mã '99999'"}]}""");
        browser.get(base() + "/ratings?year=2022");
        awaitHeading(browser, "Xếp loại và danh hiệu");
        assertThat(browser.findElement(By.id("ratings-table")).getText()).contains("Lò Văn Minh",
                "Hoàn thành tốt nhiệm vụ");
        assertThat(browser.findElement(By.id("empty-titles")).getText()).contains("Chưa có danh hiệu nào");
        check(browser, "xep-loai-danh-hieu");

        browser.findElement(By.id("import-ratings")).click();
        awaitHeading(browser, "Nhập xếp loại, danh hiệu từ Excel");
        browser.findElement(By.id("ratings-file")).sendKeys(aFile("xep-loai.xlsx").toString());
        browser.findElement(By.id("ratings-import-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("ratings-import-error-table")));
        assertThat(browser.findElement(By.id("ratings-import-error-table")).getText())
                .contains("3", "Mã đơn vị", "không có đơn vị mã '99999'");
        assertThat(SERVICES.received("POST", "/api/v1/task-ratings:import").get(0).body())
                .contains("filename=\"xep-loai.xlsx\"");
        check(browser, "nhap-xep-loai-loi");
    }

    private void the_dashboard_fits_a_phone(WebDriver browser) {
        chromium.resize(390, 844);
        browser.get(base() + "/dashboard");
        awaitHeading(browser, "Thống kê phong trào “Dân vận khéo”");
        Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling on a phone").isLessThanOrEqualTo(0);
        check(browser, "thong-ke-dien-thoai");
        chromium.resize(1366, 768);
    }

    private void clerk_follows_a_notice_and_prepares_a_proposal(WebDriver browser) {
        SERVICES.reset();
        TestTokens.signInAs("clerk.04096", "04096", "UNIT_CLERK");
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .json("GET", "/api/v1/models", Payloads.page(0))
                .json("GET", "/api/v1/deadlines", "{\"items\":[]}")
                .json("GET", "/api/v1/self-assessments/overdue", "[]")
                .json("GET", "/api/v1/notifications", AwardPayloads.feed(1))
                .answer("POST", "/api/v1/notifications/" + AwardPayloads.RETURNED_NOTICE + "/read", 204,
                        "application/json", "")
                .json("GET", "/api/v1/models/m-7", Payloads.model("m-7", "Cà phê Nà Sành", "RETURNED"))
                .json("GET", "/api/v1/models/m-7/history", "[]")
                .json("GET", "/api/v1/reviews", "[]").json("GET", "/api/v1/self-assessments", "[]")
                .json("GET", "/api/v1/evaluations", "[]");

        browser.findElement(By.id("logout")).click();
        awaitHeading(browser, "Việc cần làm");
        assertThat(browser.findElement(By.className("who-name")).getText()).isEqualTo("Cán bộ clerk.04096");
        // The count is loaded by htmx once the page is shown; its words for screen readers are visually hidden.
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.attributeContains(
                By.id("unread-count"), "textContent", "1 chưa đọc"));

        browser.findElement(By.id("notifications-link")).click();
        awaitHeading(browser, "Thông báo");
        assertThat(browser.findElement(By.id("feed-items")).getText())
                .contains("Mô hình “Cà phê Nà Sành” bị trả lại", "03/11/2022 09:30");
        check(browser, "thong-bao");
        browser.findElement(By.cssSelector("#notice-" + AwardPayloads.RETURNED_NOTICE + " button.primary")).click();
        awaitHeading(browser, "Cà phê Nà Sành");
        assertThat(SERVICES.received("POST", "/api/v1/notifications/" + AwardPayloads.RETURNED_NOTICE + "/read"))
                .hasSize(1);

        SERVICES.json("GET", "/api/v1/award-forms", AwardPayloads.forms())
                .json("GET", "/api/v1/campaigns", AwardPayloads.campaigns())
                .json("GET", "/api/v1/people", AwardPayloads.people())
                .json("GET", "/api/v1/proposals", AwardPayloads.page(AwardPayloads.proposal("p-0", "GRANTED")))
                .answer("POST", "/api/v1/proposals", 201, "application/json",
                        AwardPayloads.proposal("p-1", "DRAFT", "PROPOSAL_LETTER"))
                .json("GET", "/api/v1/proposals/p-1", AwardPayloads.proposal("p-1", "DRAFT", "PROPOSAL_LETTER"))
                .json("GET", "/api/v1/proposals/p-1/history", AwardPayloads.history())
                .json("GET", "/api/v1/proposals/p-1/eligibility", AwardPayloads.eligibility())
                .problem("POST", "/api/v1/proposals/p-1/documents", 400, Payloads.problem(400, "validation",
                        "Dữ liệu không hợp lệ", "file", "Tệp không phải PDF, DOCX hay XLSX"));
        browser.get(base() + "/proposals?year=2022");
        awaitHeading(browser, "Đề nghị khen thưởng");
        assertThat(browser.findElement(By.id("proposals-table")).getText()).contains("Được khen thưởng");
        check(browser, "de-nghi-khen-thuong");

        browser.findElement(By.id("new-proposal")).click();
        awaitHeading(browser, "Lập đề nghị khen thưởng");
        select(browser, "campaignId", "c-2021");
        select(browser, "formCode", "GK-CT-HUYEN");
        browser.findElement(By.id("collective-0")).click();
        browser.findElement(By.id("individual-0")).click();
        check(browser, "lap-de-nghi");
        browser.findElement(By.cssSelector("#proposal-form button[type=submit]")).click();
        awaitHeading(browser, "Đề nghị Giấy khen của Chủ tịch UBND huyện năm 2022");
        assertThat(SERVICES.received("POST", "/api/v1/proposals").get(0).body())
                .contains("\"personId\":\"p-1\"", "\"unitCode\":\"04096\"");
        assertThat(browser.findElement(By.id("eligibility")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("sheet-n2")).getText()).contains("Thiếu minh chứng",
                "Chờ Hội đồng đánh giá", "2022: Hoàn thành tốt nhiệm vụ");
        check(browser, "de-nghi-ho-so");

        the_gateway_still_relays_a_multipart_body_untouched(browser);

        browser.findElement(By.id("file-COUNCIL_MINUTES")).sendKeys(aFile("bien-ban.exe.pdf").toString());
        browser.findElement(By.cssSelector("#upload-COUNCIL_MINUTES button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("upload-problem-COUNCIL_MINUTES")));
        assertThat(browser.findElement(By.id("upload-problem-COUNCIL_MINUTES")).getText())
                .contains("Tệp không phải PDF, DOCX hay XLSX");
        assertThat(SERVICES.received("POST", "/api/v1/proposals/p-1/documents").get(0).body())
                .contains("COUNCIL_MINUTES", "filename=\"bien-ban.exe.pdf\"");
        check(browser, "tai-len-bi-tu-choi");
    }

    private void the_council_votes_and_the_chairman_decides(WebDriver browser) {
        SERVICES.reset();
        TestTokens.signInAs("chairman.124", "124", "COUNCIL_MEMBER", "CHAIRMAN");
        String[] dossier = {"PROPOSAL_LETTER", "COUNCIL_MINUTES", "ACHIEVEMENT_REPORT"};
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.district124())
                .json("GET", "/api/v1/award-forms", AwardPayloads.forms())
                .json("GET", "/api/v1/proposals/p-1", AwardPayloads.proposal("p-1", "SUBMITTED", dossier))
                .json("GET", "/api/v1/proposals/p-1/history", AwardPayloads.history())
                .json("GET", "/api/v1/proposals/p-1/eligibility", AwardPayloads.eligibility())
                .json("POST", "/api/v1/proposals/p-1/votes",
                        AwardPayloads.proposal("p-1", "SUBMITTED", AwardPayloads.vote(), "null", dossier));

        browser.findElement(By.id("logout")).click();
        awaitHeading(browser, "Việc cần làm");
        browser.get(base() + "/proposals/p-1");
        awaitHeading(browser, "Đề nghị Giấy khen");
        check(browser, "hoi-dong-bo-phieu");
        typeDate(browser, "meetingDate", "05/12/2022");
        browser.findElement(By.id("members")).sendKeys("9");
        browser.findElement(By.id("present")).sendKeys("8");
        browser.findElement(By.id("inFavour-0")).sendKeys("8");
        browser.findElement(By.id("inFavour-1")).sendKeys("3");
        browser.findElement(By.id("against-1")).clear();
        browser.findElement(By.id("against-1")).sendKeys("5");
        SERVICES.json("GET", "/api/v1/proposals/p-1",
                AwardPayloads.proposal("p-1", "SUBMITTED", AwardPayloads.vote(), "null", dossier));
        browser.findElement(By.id("vote-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("vote-result")));
        assertThat(SERVICES.received("POST", "/api/v1/proposals/p-1/votes").get(0).body())
                .contains("\"meetingDate\":\"2022-12-05\"", "{\"nomineeId\":\"n2\",\"inFavour\":3,\"against\":5");
        assertThat(browser.findElement(By.id("decision-docx")).getAttribute("href"))
                .endsWith("/api/award/v1/proposals/p-1/decision.docx");

        String decided = AwardPayloads.proposal("p-1", "GRANTED", AwardPayloads.vote(), AwardPayloads.granted(),
                dossier);
        SERVICES.json("POST", "/api/v1/proposals/p-1/decision", decided)
                .json("GET", "/api/v1/proposals/p-1", decided);
        browser.findElement(By.id("outcome-GRANTED")).click();
        browser.findElement(By.id("number")).sendKeys("123/QĐ-UBND");
        typeDate(browser, "date", "15/12/2022");
        browser.findElement(By.id("decision-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("decision")));
        assertThat(browser.findElement(By.id("decision")).getText())
                .contains("Quyết định số 123/QĐ-UBND ngày 15/12/2022", "900.000");
        assertThat(browser.findElement(By.id("proposal-status")).getText()).isEqualTo("Được khen thưởng");
        check(browser, "quyet-dinh-khen-thuong");
    }

    private void a_decision_of_another_districts_chairman_shows_the_services_refusal(WebDriver browser) {
        SERVICES.reset();
        TestTokens.signInAs("chairman.125", "125", "CHAIRMAN");
        SERVICES.json("GET", "/api/v1/award-forms", AwardPayloads.forms())
                .json("GET", "/api/v1/proposals/p-1", AwardPayloads.proposal("p-1", "SUBMITTED"))
                .json("GET", "/api/v1/proposals/p-1/history", AwardPayloads.history())
                .json("GET", "/api/v1/proposals/p-1/eligibility", AwardPayloads.eligibility())
                .problem("POST", "/api/v1/proposals/p-1/decision", 403, Payloads.problem(403, "forbidden",
                        "Chỉ Chủ tịch của cấp khen thưởng được quyết định", null, null));

        browser.findElement(By.id("logout")).click();
        awaitHeading(browser, "Việc cần làm");
        browser.get(base() + "/proposals/p-1");
        awaitHeading(browser, "Đề nghị Giấy khen");
        browser.findElement(By.id("outcome-DECLINED")).click();
        browser.findElement(By.id("number")).sendKeys("9/QĐ-UBND");
        browser.findElement(By.id("reason")).sendKeys("Không thuộc thẩm quyền");
        browser.findElement(By.id("decision-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "Chỉ Chủ tịch của cấp khen thưởng được quyết định"));
        check(browser, "tu-choi-quyet-dinh");
    }

    private void a_clerk_chooses_his_notices_and_publishes_a_submitted_list(WebDriver browser) {
        SERVICES.reset();
        TestTokens.signInAs("clerk.04096", "04096", "UNIT_CLERK");
        String submitted = AwardPayloads.proposal("p-1", "SUBMITTED", "null", "null",
                new String[] {"PROPOSAL_LETTER", "COUNCIL_MINUTES", "ACHIEVEMENT_REPORT"});
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .json("GET", "/api/v1/models", Payloads.page(0))
                .json("GET", "/api/v1/deadlines", "{\"items\":[]}")
                .json("GET", "/api/v1/self-assessments/overdue", "[]")
                .json("GET", "/api/v1/notifications", AwardPayloads.feed(1))
                .json("GET", "/api/v1/subscriptions", "{\"items\":[],\"page\":0,\"size\":0,\"total\":0}")
                .json("GET", "/api/v1/subscriptions/options", """
                        {"kinds":[{"code":"MODEL_RETURNED","label":"Mô hình bị trả lại"}],
                         "channels":[{"code":"EMAIL","label":"Thư điện tử"},
                                     {"code":"IN_APP","label":"Thông báo trong ứng dụng"}]}
                        """)
                .problem("POST", "/api/v1/subscriptions", 400, Payloads.problem(400, "validation",
                        "Dữ liệu không hợp lệ", "kinds", "không được để trống"))
                .json("GET", "/api/v1/award-forms", AwardPayloads.forms())
                .json("GET", "/api/v1/proposals/p-1", submitted)
                .json("GET", "/api/v1/proposals/p-1/history", AwardPayloads.history())
                .json("GET", "/api/v1/proposals/p-1/eligibility", AwardPayloads.eligibility());

        browser.findElement(By.id("logout")).click();
        awaitHeading(browser, "Việc cần làm");
        assertThat(browser.findElement(By.id("task-unread")).getText()).contains("Thông báo chưa đọc");
        check(browser, "viec-can-lam-thong-bao");
        browser.get(base() + "/notifications/subscriptions");
        awaitHeading(browser, "Đăng ký nhận thông báo");
        browser.findElement(By.id("subscribe")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("error-summary")));
        assertThat(browser.findElement(By.id("kinds")).getText()).contains("không được để trống");
        check(browser, "dang-ky-nhan-thong-bao");

        browser.get(base() + "/proposals/p-1");
        awaitHeading(browser, "Đề nghị Giấy khen");
        assertThat(browser.findElement(By.id("proposing-unit")).getText()).isEqualTo("Xã Chiềng Mung");
        assertThat(browser.findElement(By.id("disclosure-form")).isDisplayed()).isTrue();
        check(browser, "cong-khai-danh-sach");
    }

    private void an_administrator_keeps_accounts_follows_a_rebuild_and_reads_the_audit_log(WebDriver browser) {
        SERVICES.reset();
        TestTokens.signInAs("admin.04096", "04096", "ADMIN");
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .json("GET", "/api/v1/models", Payloads.page(0))
                .json("GET", "/api/v1/notifications", "{\"items\":[],\"unread\":0,\"page\":0,\"size\":10,\"total\":0}")
                .json("GET", "/api/v1/admin/rebuild", """
                        {"state":"DONE","done":4800,"total":4800,"failed":0,"eventsPerSecond":0,"etaSeconds":null,
                         "startedAt":"2026-12-01T02:00:00Z","finishedAt":"2026-12-01T02:01:00Z","error":null}
                        """)
                .json("GET", "/api/v1/audit", "{\"items\":[],\"page\":0,\"size\":50,\"total\":0}");

        browser.findElement(By.id("logout")).click();
        awaitHeading(browser, "Việc cần làm");
        // identity-service is the test's token issuer here, which keeps no accounts: the list has its MockMvc test
        assertThat(browser.findElement(By.id("admin-link")).getAttribute("href")).endsWith("/admin/officials");
        browser.get(base() + "/admin/officials/new");
        awaitHeading(browser, "Tạo tài khoản cán bộ");
        assertThat(browser.findElement(By.id("unitCode")).getText()).contains("Xã Chiềng Mung");
        check(browser, "tao-tai-khoan");
        browser.get(base() + "/admin/officials/import");
        awaitHeading(browser, "Nhập tài khoản cán bộ từ Excel");
        check(browser, "nhap-tai-khoan");
        browser.get(base() + "/admin/rebuild");
        awaitHeading(browser, "Dựng lại số liệu thống kê");
        assertThat(browser.findElement(By.id("rebuild-state")).getText()).isEqualTo("Đã xong");
        check(browser, "dung-lai-so-lieu");
        browser.get(base() + "/admin/audit?service=award");
        awaitHeading(browser, "Nhật ký thao tác");
        assertThat(browser.findElement(By.id("empty-audit")).isDisplayed()).isTrue();
        check(browser, "nhat-ky-thao-tac");
    }

    private void the_provinces_administrator_checks_a_unit_directory_whose_rows_are_refused(WebDriver browser) {
        SERVICES.reset();
        TestTokens.signInAs("admin.14", "14", "ADMIN");
        SERVICES.json("GET", "/api/v1/dashboard/units", Payloads.commune04096())
                .json("GET", "/api/v1/models", Payloads.page(0))
                .json("GET", "/api/v1/notifications", "{\"items\":[],\"unread\":0,\"page\":0,\"size\":10,\"total\":0}")
                .json("GET", "/api/v1/admin/unit-directory", """
                        {"version":0,"source":"units/demo-son-la.csv","unitCount":62,"levels":[
                          {"level":"PROVINCE","label":"Tỉnh, thành phố","count":1},
                          {"level":"DISTRICT","label":"Huyện, quận, thị xã, thành phố thuộc tỉnh","count":2},
                          {"level":"COMMUNE","label":"Xã, phường, thị trấn","count":36},
                          {"level":"AGENCY","label":"Cơ quan, đơn vị","count":23}],"latest":null}
                        """)
                .json("GET", "/api/v1/admin/unit-directory/units", """
                        {"items":[{"code":"04096","level":"COMMUNE","levelLabel":"Xã, phường, thị trấn",
                          "name":"Lóng Phiêng","fullName":"Xã Lóng Phiêng","parentCode":"124",
                          "path":"14/124/04096"}],"page":0,"size":50,"total":1}
                        """)
                .json("GET", "/api/v1/admin/unit-directory/history", "[]")
                .problem("POST", "/api/v1/admin/unit-directory", 422, """
                        {"status":422,"code":"import-invalid","title":"Tệp có lỗi",
                         "detail":"Có 1 lỗi trong tệp; danh mục đơn vị chưa thay đổi.",
                         "errors":[{"row":2,"column":"parent_code","field":"parent_code",
                                    "message":"đơn vị cấp trên '999' không có trong tệp"}]}
                        """);

        browser.findElement(By.id("logout")).click();
        awaitHeading(browser, "Việc cần làm");
        browser.get(base() + "/admin/officials/new");
        awaitHeading(browser, "Tạo tài khoản cán bộ");
        browser.findElement(By.id("admin-units-link")).click();
        awaitHeading(browser, "Danh mục đơn vị hành chính");
        assertThat(browser.findElement(By.id("level-COMMUNE")).getText()).isEqualTo("36");
        check(browser, "danh-muc-don-vi");
        browser.findElement(By.id("units-file")).sendKeys(aFile("don-vi.csv").toString());
        browser.findElement(By.id("units-check")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("units-error-table")));
        assertThat(browser.findElement(By.id("units-error-table")).getText())
                .contains("parent_code", "đơn vị cấp trên '999' không có trong tệp");
        assertThat(browser.findElements(By.id("units-confirm"))).isEmpty();
        check(browser, "danh-muc-don-vi-loi");
    }

    /** Multipart is on for the pages' forms; a script's upload through {@code /api/**} still reaches the service. */
    private void the_gateway_still_relays_a_multipart_body_untouched(WebDriver browser) {
        SERVICES.json("POST", "/api/v1/models:import", "{\"imported\":0,\"errors\":[]}");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var csrf = JSON.parse(document.body.getAttribute('hx-headers'));
                var form = new FormData();
                form.append('file', new Blob(['PK relayed bytes'], {type: 'application/octet-stream'}), 'danh-sach.xlsx');
                fetch('/api/registration/v1/models:import', {method: 'POST', headers: csrf, body: form})
                    .then(function (answer) { done(answer.status); }, function (failure) { done(String(failure)); });
                """);
        assertThat(status).isEqualTo(200L);
        ServiceStub.Received relayed = SERVICES.received("POST", "/api/v1/models:import").get(0);
        assertThat(relayed.header("Content-Type")).startsWith("multipart/form-data").contains("boundary=----WebKit");
        assertThat(relayed.body()).contains("filename=\"danh-sach.xlsx\"", "PK relayed bytes");
        assertThat(relayed.header("Authorization")).startsWith("Bearer ey");
        assertThat(relayed.header("Cookie")).isNull();
    }

    private static Path aFile(String name) {
        try {
            Path file = Path.of("target", "browser-uploads").toAbsolutePath().resolve(name);
            java.nio.file.Files.createDirectories(file.getParent());
            return java.nio.file.Files.write(file, new byte[] {'M', 'Z', 0, 0});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void fillRegistration(WebDriver browser, String name) {
        select(browser, "level", "GRASSROOTS");
        select(browser, "field", "ECONOMY");
        select(browser, "ownerType", "COLLECTIVE");
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("address")).sendKeys("Bản Nà Sành");
        browser.findElement(By.id("content")).sendKeys("Trồng cà phê theo chuỗi giá trị");
        browser.findElement(By.id("ownerName")).sendKeys("Tổ hợp tác Nà Sành");
        browser.findElement(By.id("personInCharge")).sendKeys("Lò Văn Minh");
        typeDate(browser, "startDate", "15/01/2022");
        typeDate(browser, "endDate", "31/12/2022");
    }

    /**
     * Types a date as an official does, day first, and reads back what the field shows: the same text, never a
     * month-first rendering of the browser's own date control.
     */
    private static void typeDate(WebDriver browser, String id, String dayMonthYear) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(dayMonthYear);
        assertThat(field.getAttribute("type")).isEqualTo("text");
        assertThat(field.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        assertThat(field.getAttribute("value")).isEqualTo(dayMonthYear);
    }

    private static void select(WebDriver browser, String id, String value) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    private void awaitHeading(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("h1"), text));
    }

    private void check(WebDriver browser, String page) {
        step++;
        chromium.screenshot(SCREENSHOTS.resolve(String.format("%02d-%s.png", step, page)));
        violationsByPage.put(page, new ArrayList<>(axe.seriousViolations(browser)));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
