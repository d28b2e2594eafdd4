package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dvk.localstack.launcher.Component;
import vn.dvk.localstack.launcher.Console;
import vn.dvk.localstack.launcher.Launcher;
import vn.dvk.localstack.launcher.Layout;
import vn.dvk.localstack.launcher.StackComponents;
import vn.dvk.localstack.process.ServiceLaunch;
import vn.dvk.testsupport.AxeCheck;
import vn.dvk.testsupport.HeadlessChromium;
import vn.dvk.testsupport.Spreadsheets;

/**
 * The portal walked in real headless Chromium through the whole stack, started by the launcher as {@code ./dvk start
 * --demo} starts it (Kafka, the store, GreenMail, identity-service, the five services and the portal, each in its own
 * process) but on free ports with its data under {@code target/portal-walk}, so that a stack on the fixed ports is
 * never touched. Officials sign in with the demo logins at identity-service's own sign-in page: the commune clerk
 * registers a model after a validation error shown in place, imports an Excel list refused for one bad row and then a
 * good one; the commune's Steering Committee (a grassroots model is reviewed at its own commune) returns the model with
 * a reason; the clerk reads the notice in the feed, edits and resubmits, the committee approves, the clerk files the
 * self-assessments of the first half-year, and the committee plans the year-end inspection from the model's page,
 * records the team's findings on the plan's page and from there evaluates and recognises the model; the district's
 * dashboard counts the commune's models of the year and the recognised one as they arrive and drills down to the
 * commune's list. The commune's clerk proposes the commune for the district chairman's Giấy khen under the district's
 * campaign (a year outside the campaign refused in place), uploads the three dossier files, submits and makes the list
 * public; the district council returns it for a fuller dossier with a reason, the clerk replaces the minutes and
 * resubmits; the council attests the criteria that need its judgement, lets those without data pass with a reason and
 * records its vote, and the chairman grants; the decision and the certificate download with the names and
 * the money. A viewer's registration, another commune's clerk opening the model or the proposal, a clerk's vote and a
 * council member's decision get the services' refusal, and so do a Steering Committee member's proposal and the
 * chairman's vote. Every page passes axe-core without a serious or critical violation; a screenshot per step goes to
 * {@code target/browser-screenshots}.
 */
class PortalWalkSystemTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path STACK = Path.of("target", "portal-walk").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    /** Ten JVMs start on two shared cores; on a loaded machine that has taken many minutes. */
    private static final String START_TIMEOUT_SECONDS = "900";
    private static final Duration PAGE_WAIT = Duration.ofSeconds(90);
    private static final Duration EVENT_WAIT = Duration.ofMinutes(3);
    private static final Pattern MODEL_PAGE = Pattern.compile("/models/([^/?#]+)$");
    /**
     * The walked model started a little over six months ago, so that its first two 3-month periods have ended and
     * its year-end evaluation this year needs no more self-assessments than those two (seed 001, step 4).
     */
    private static final LocalDate MODEL_START = LocalDate.now().minusMonths(6).minusDays(2);
    private static final String RETURN_REASON = "Bổ sung biên bản họp có chữ ký của các thành viên";
    private static final String OVERRIDE_REASON = "Hội đồng xét thành tích thực tế của xã";
    /** How the portal writes a date. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern PROPOSAL_PAGE = Pattern.compile("/proposals/([^/?#]+)$");
    private static final Pattern PLAN_PAGE = Pattern.compile("/inspections/([^/?#]+)$");
    /** registration-service's demo campaign (plan 294/KH-UBND of Yên Châu), its id derived as its demo derives it. */
    private static final String DEMO_CAMPAIGN = UUID.nameUUIDFromBytes(
            "demo-campaign-124-294-KH-UBND".getBytes(StandardCharsets.UTF_8)).toString();
    private static final List<String> IMPORT_HEADERS = List.of("Năm", "Mã đơn vị", "Cấp quản lý", "Lĩnh vực",
            "Tập thể/Cá nhân", "Loại", "Tên mô hình", "Địa chỉ", "Nội dung", "Chủ mô hình", "Người phụ trách",
            "Ngày bắt đầu", "Ngày kết thúc");

    private static Layout layout;
    private static Launcher launcher;
    private static HeadlessChromium chromium;
    private static AxeCheck axe;

    private final Map<String, List<String>> violationsByPage = new LinkedHashMap<>();
    private int step;

    @BeforeAll
    static void start_the_browser_and_the_stack() throws IOException {
        // The browser and axe-core first: without them the test is skipped before ten JVMs are started for nothing.
        chromium = HeadlessChromium.start(1366, 768);
        axe = AxeCheck.installed();
        deleteTree(STACK);
        deleteTree(SCREENSHOTS);
        Files.createDirectories(STACK);
        layout = new Layout(REPOSITORY, STACK.resolve(".dvk"), Layout.HOST, StackComponents.all(), "./dvk",
                Map.of("DVK_START_TIMEOUT", START_TIMEOUT_SECONDS)).onFreePorts();
        for (Component service : layout.services()) {
            assertThat(ServiceLaunch.builtJar(REPOSITORY, service.name()))
                    .as("package the services and the portal before the system tests").isRegularFile();
        }
        Path output = STACK.resolve("dvk-start.log");
        PrintStream console = new PrintStream(Files.newOutputStream(output), true, StandardCharsets.UTF_8);
        launcher = new Launcher(layout, new Console(console, console, false), REPOSITORY);
        // The stack runs detached, in sessions of its own: a test JVM ended by a signal still stops it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> launcher.run("stop"), "portal-walk-stop"));

        int exit = launcher.run("start", "--demo", "--detach");

        assertThat(exit).as(Files.readString(output)).isZero();
    }

    @AfterAll
    static void stop_the_stack_and_the_browser() {
        if (launcher != null) {
            launcher.run("stop");
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void officials_walk_the_cycle_through_the_whole_stack_and_every_page_is_accessible() {
        WebDriver browser = chromium.driver();
        String modelId = the_clerk_registers_a_model_after_a_validation_error(browser);
        the_clerk_imports_a_list_refused_for_a_bad_row_then_a_good_one(browser);
        the_commune_committee_returns_the_model_with_a_reason(browser, modelId);
        the_clerk_reads_the_notice_edits_and_resubmits(browser, modelId);
        the_commune_committee_approves(browser, modelId);
        the_clerk_files_the_self_assessments_of_the_first_half_year(browser, modelId);
        String planId = the_commune_committee_plans_the_year_end_inspection_of_the_model(browser, modelId);
        the_inspection_team_records_its_findings(browser, planId);
        the_commune_committee_evaluates_and_recognises_the_model(browser, modelId);
        a_steering_members_proposal_gets_the_services_refusal(browser);
        the_districts_dashboard_counts_the_communes_models_and_drills_down_to_them(browser);
        the_districts_yearly_report_of_2022_reads_back_with_the_seed_figures_and_its_exemplary_models(browser);
        String proposalId = the_clerk_proposes_the_commune_after_a_validation_error(browser);
        the_clerk_uploads_the_three_dossier_files_and_submits(browser, proposalId);
        the_clerk_publishes_the_list(browser);
        the_council_returns_the_proposal_for_a_fuller_dossier(browser, proposalId);
        the_clerk_replaces_the_minutes_and_resubmits(browser, proposalId);
        the_council_judges_the_criteria(browser, proposalId);
        the_council_records_its_vote(browser, proposalId);
        the_chairman_grants_and_the_decision_and_certificate_download(browser, proposalId);
        a_chairmans_vote_gets_the_services_refusal(browser, proposalId);
        a_viewers_registration_gets_the_services_refusal(browser);
        another_communes_clerk_opening_the_model_gets_the_services_refusal(browser, modelId);
        a_clerks_vote_gets_the_services_refusal(browser, proposalId);
        a_council_members_decision_gets_the_services_refusal(browser, proposalId);
        another_communes_clerk_opening_the_proposal_gets_the_services_refusal(browser, proposalId);

        assertThat(violationsByPage).allSatisfy((page, violations) ->
                assertThat(violations).as("axe-core on %s", page).isEmpty());
    }

    private String the_clerk_registers_a_model_after_a_validation_error(WebDriver browser) {
        signIn(browser, "longphieng.canbo", true);
        check(browser, "viec-can-lam");

        browser.get(portal("/models/new"));
        awaitHeading(browser, "Đăng ký mô hình, điển hình");
        fillRegistration(browser, "");
        submit(browser, "#model-form button[type=submit]");
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("name-error")));
        assertThat(browser.findElement(By.id("name-error")).getText()).isNotBlank();
        check(browser, "dang-ky-loi-tai-cho");

        browser.findElement(By.id("name")).sendKeys("Cà phê Phiêng Khoài");
        submit(browser, "#model-form button[type=submit]");
        awaitHeading(browser, "Cà phê Phiêng Khoài");
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Đã đăng ký mô hình");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Đã đăng ký", "(longphieng.canbo)");
        check(browser, "trang-mo-hinh");
        Matcher page = MODEL_PAGE.matcher(browser.getCurrentUrl());
        assertThat(page.find()).as(browser.getCurrentUrl()).isTrue();
        return page.group(1);
    }

    private void the_clerk_imports_a_list_refused_for_a_bad_row_then_a_good_one(WebDriver browser) {
        browser.get(portal("/models/import"));
        awaitHeading(browser, "Nhập danh sách mô hình từ Excel");
        check(browser, "nhap-excel");

        upload(browser, "mot-dong-loi.xlsx", List.of(importRow("Nuôi cá lồng bản Nà Tấu"), importRow("")));
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("import-errors")));
        assertThat(browser.findElement(By.id("import-error-table")).getText())
                .contains("3 Tên mô hình không được để trống");
        check(browser, "nhap-excel-dong-loi");

        upload(browser, "danh-sach-dung.xlsx", List.of(importRow("Nuôi cá lồng bản Nà Tấu"),
                importRow("Trồng mắc ca bản Co Muông")));
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("import-done")));
        assertThat(browser.findElement(By.id("import-done")).getText()).contains("2");
        check(browser, "nhap-excel-thanh-cong");
    }

    private void the_commune_committee_returns_the_model_with_a_reason(WebDriver browser, String modelId) {
        signIn(browser, "longphieng.bcd", false);
        browser.get(portal("/reviews"));
        awaitHeading(browser, "Xét duyệt đăng ký mô hình");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Cà phê Phiêng Khoài");
        check(browser, "hang-doi-xet-duyet");

        browser.get(portal("/models/" + modelId));
        awaitHeading(browser, "Cà phê Phiêng Khoài");
        browser.findElement(By.id("decision-RETURN")).click();
        browser.findElement(By.id("review-reason")).sendKeys("Bổ sung địa chỉ cụ thể của mô hình");
        submit(browser, "#review-submit");
        awaitStatus(browser, modelId, "Trả lại để chỉnh sửa");
        check(browser, "tra-lai-co-ly-do");
    }

    private void the_clerk_reads_the_notice_edits_and_resubmits(WebDriver browser, String modelId) {
        signIn(browser, "longphieng.canbo", false);
        await().atMost(EVENT_WAIT).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            browser.get(portal("/notifications"));
            awaitHeading(browser, "Thông báo");
            assertThat(browser.findElement(By.id("feed-items")).getText())
                    .contains("Mô hình \"Cà phê Phiêng Khoài\" được trả lại để chỉnh sửa",
                            "Lý do: Bổ sung địa chỉ cụ thể của mô hình");
        });
        check(browser, "thong-bao-tra-lai");

        browser.get(portal("/models/" + modelId));
        awaitHeading(browser, "Cà phê Phiêng Khoài");
        browser.findElement(By.id("edit-model")).click();
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("address")));
        check(browser, "sua-mo-hinh");
        browser.findElement(By.id("address")).clear();
        browser.findElement(By.id("address")).sendKeys("Bản Phiêng Khoài, xã Lóng Phiêng");
        submit(browser, "#model-form button[type=submit]");
        awaitHeading(browser, "Cà phê Phiêng Khoài");
        awaitStatus(browser, modelId, "Đã đăng ký");
        check(browser, "gui-lai");
    }

    private void the_commune_committee_approves(WebDriver browser, String modelId) {
        signIn(browser, "longphieng.bcd", false);
        browser.get(portal("/models/" + modelId));
        awaitHeading(browser, "Cà phê Phiêng Khoài");
        browser.findElement(By.id("decision-APPROVE")).click();
        submit(browser, "#review-submit");
        awaitStatus(browser, modelId, "Đã phê duyệt");
        check(browser, "phe-duyet");
    }

    /**
     * The model's first two 3-month periods, counted from its start. evaluation-service learns of the approval by
     * event; until it has, it refuses the self-assessment and stores nothing, so the clerk tries again.
     */
    private void the_clerk_files_the_self_assessments_of_the_first_half_year(WebDriver browser, String modelId) {
        signIn(browser, "longphieng.canbo", false);
        fileSelfAssessment(browser, modelId, MODEL_START, MODEL_START.plusMonths(3).minusDays(1), "40");
        check(browser, "tu-danh-gia");
        fileSelfAssessment(browser, modelId, MODEL_START.plusMonths(3), MODEL_START.plusMonths(6).minusDays(1), "70");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("40 %", "70 %");
        check(browser, "tu-danh-gia-quy-hai");
    }

    private static void fileSelfAssessment(WebDriver browser, String modelId, LocalDate start, LocalDate end,
            String progressPercent) {
        await().atMost(EVENT_WAIT).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            browser.get(portal("/models/" + modelId));
            awaitHeading(browser, "Cà phê Phiêng Khoài");
            typeDate(browser, By.id("periodStart"), start);
            typeDate(browser, By.id("periodEnd"), end);
            browser.findElement(By.id("progressPercent")).sendKeys(progressPercent);
            browser.findElement(By.id("difficulties")).sendKeys("Giá phân bón tăng");
            submit(browser, "#sa-submit");
            awaitHeading(browser, "Cà phê Phiêng Khoài");
            assertThat(browser.findElements(By.id("sa-problem"))).as("the service's refusal").isEmpty();
            assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Đã gửi báo cáo tự đánh giá.");
        });
    }

    /**
     * The commune's Steering Committee (a grassroots model is inspected and evaluated at its own commune) issues the
     * year-end inspection plan of the model from the model's page, which fills in the model, its year and a name.
     */
    private String the_commune_committee_plans_the_year_end_inspection_of_the_model(WebDriver browser,
            String modelId) {
        signIn(browser, "longphieng.bcd", false);
        browser.get(portal("/models/" + modelId));
        awaitHeading(browser, "Cà phê Phiêng Khoài");
        browser.findElement(By.id("plan-model")).click();
        awaitHeading(browser, "Lập kế hoạch kiểm tra");
        assertThat(browser.findElement(By.cssSelector("input[name=models][value='" + modelId + "']")).isSelected())
                .as("the model is a target").isTrue();
        select(browser, "round", "YEAR_END");
        browser.findElement(By.id("decisionNumber")).sendKeys("12/QĐ-BCĐ");
        typeDate(browser, By.id("decisionDate"), LocalDate.now());
        browser.findElement(By.id("teamName")).sendKeys("Đoàn kiểm tra của xã");
        browser.findElement(By.id("headName")).sendKeys("Lò Văn Minh");
        browser.findElement(By.id("headPosition")).sendKeys("Phó Chủ tịch UBND xã");
        browser.findElement(By.id("members")).sendKeys("Cầm Thị Hoa, Chủ tịch Hội Nông dân xã");
        check(browser, "lap-ke-hoach-kiem-tra");
        submit(browser, "#plan-submit");
        awaitHeading(browser, "Kế hoạch kiểm tra mô hình “Cà phê Phiêng Khoài”");
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Đã ban hành kế hoạch kiểm tra");
        check(browser, "ke-hoach-kiem-tra");
        Matcher page = PLAN_PAGE.matcher(browser.getCurrentUrl());
        assertThat(page.find()).as(browser.getCurrentUrl()).isTrue();
        return page.group(1);
    }

    private void the_inspection_team_records_its_findings(WebDriver browser, String planId) {
        browser.get(portal("/inspections/" + planId));
        awaitHeading(browser, "Kế hoạch kiểm tra mô hình “Cà phê Phiêng Khoài”");
        typeDate(browser, By.cssSelector("input[id^='inspectedOn-']"), LocalDate.now());
        browser.findElement(By.cssSelector("textarea[id^='findings-']"))
                .sendKeys("Mô hình thực hiện đúng kế hoạch, 25 hộ tham gia");
        submit(browser, "button[id^='inspection-submit-']");
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("a[id^='evaluate-']")));
        assertThat(browser.findElement(By.cssSelector("span[id^='target-status-']")).getText())
                .isEqualTo("Đã kiểm tra");
        check(browser, "bien-ban-kiem-tra");
    }

    /** From the inspected target to the model's evaluation form, which then names the plan. */
    private void the_commune_committee_evaluates_and_recognises_the_model(WebDriver browser, String modelId) {
        browser.findElement(By.cssSelector("a[id^='evaluate-']")).click();
        awaitHeading(browser, "Cà phê Phiêng Khoài");
        assertThat(new Select(browser.findElement(By.id("ev-plan"))).getFirstSelectedOption().getText())
                .contains("(đã kiểm tra)");
        List<String> scores = List.of("9", "8", "8", "9", "9");
        List<WebElement> fields = browser.findElements(By.cssSelector("input[id^='score-']"));
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).sendKeys(scores.get(i % scores.size()));
        }
        browser.findElement(By.id("recognized")).click();
        browser.findElement(By.id("ev-reason")).sendKeys("Đạt tiêu chí mô hình “Dân vận khéo”");
        check(browser, "danh-gia-cuoi-nam");
        submit(browser, "#ev-submit");
        awaitHeading(browser, "Cà phê Phiêng Khoài");
        assertThat(browser.findElements(By.id("ev-problem"))).as("the service's refusal")
                .extracting(WebElement::getText).isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("– được công nhận");
        awaitStatus(browser, modelId, "Được công nhận");
        check(browser, "cong-nhan");
    }

    /** The form's model and the two imported ones, all of this year: reporting counts them by event. */
    private void the_districts_dashboard_counts_the_communes_models_and_drills_down_to_them(WebDriver browser) {
        signIn(browser, "yenchau.bcd", false);
        String year = Integer.toString(Year.now().getValue());
        browser.get(portal("/dashboard?unit=124&year=" + year));
        awaitHeading(browser, "Thống kê phong trào “Dân vận khéo”");
        check(browser, "thong-ke-huyen");

        await().atMost(EVENT_WAIT).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            browser.get(portal("/dashboard?unit=124&year=" + year));
            awaitHeading(browser, "Thống kê phong trào “Dân vận khéo”");
            browser.findElement(By.cssSelector("#children a[data-unit='04096']")).click();
            new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.urlContains("unit=04096"));
            new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("total")));
            assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("3");
            assertThat(browser.findElement(By.cssSelector("#table-status a[data-status='RECOGNIZED']")).getText())
                    .as("the recognised model").isEqualTo("1");
        });
        check(browser, "thong-ke-xa");

        browser.findElement(By.id("total")).click();
        awaitHeading(browser, "Mô hình, điển hình “Dân vận khéo”");
        assertThat(browser.getCurrentUrl()).contains("unit=04096", "year=" + year);
        assertThat(browser.findElement(By.id("models-table")).getText()).contains("Cà phê Phiêng Khoài");
        check(browser, "danh-sach-cua-xa");
    }

    /**
     * The demo's year 2022 as seed 004 reports it: the district's dashboard counts 119 models, and the yearly report
     * its dashboard links to (DOCX and PDF, downloaded with the official's session) is the decree's document with the
     * seed's figures and the six exemplary models of §2.3 that the demo data recognised.
     */
    private void the_districts_yearly_report_of_2022_reads_back_with_the_seed_figures_and_its_exemplary_models(
            WebDriver browser) {
        browser.get(portal("/dashboard?unit=124&year=2022"));
        awaitHeading(browser, "Thống kê phong trào “Dân vận khéo”");
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.textToBe(By.id("total"), "119"));
        check(browser, "thong-ke-huyen-2022");

        String docx = DossierDocuments.docxText(PortalGateway.download(browser,
                browser.findElement(By.id("report-docx")).getAttribute("href")));
        String pdf = DossierDocuments.pdfText(PortalGateway.download(browser,
                browser.findElement(By.id("report-pdf")).getAttribute("href")));

        assertThat(docx).contains("Nơi nhận", "119", "87", "32", "Mô hình trồng lê Tai nung",
                "Mô hình phát triển cây ăn quả của Hội viên nông dân bản Hua Đán",
                "Mô hình ghép nhãn, trồng xen bí cao sản kết hợp chăn nuôi", "Mô hình ghép nhãn, trồng chuối",
                "Mô hình trồng nhãn", "Mô hình trồng lê Tai nung bản Thanh Yên 2");
        assertThat(pdf).contains("Nơi nhận", "119");
    }

    /**
     * Lóng Phiêng's own clerk proposes the commune for the district chairman's Giấy khen of 2025 under the district's
     * campaign (plan 294/KH-UBND, 2021–2025), which registration-service lists to the units below the district too:
     * a commune may propose for a district award, which travels up to the district's council (ADR 0007, the catalogue
     * sets no proposing level). A year outside the campaign is refused by award-service and said beside the year.
     */
    private String the_clerk_proposes_the_commune_after_a_validation_error(WebDriver browser) {
        signIn(browser, "longphieng.canbo", false);
        browser.get(portal("/proposals/new"));
        awaitHeading(browser, "Lập đề nghị khen thưởng");
        select(browser, "campaignId", DEMO_CAMPAIGN);
        select(browser, "proposingUnitCode", "04096");
        select(browser, "occasion", "YEARLY");
        select(browser, "formCode", "GIAY_KHEN_CHU_TICH_UBND_HUYEN");
        browser.findElement(By.cssSelector("input[name=collective][value='04096']")).click();
        browser.findElement(By.id("year")).clear();
        browser.findElement(By.id("year")).sendKeys("2030");
        submit(browser, "#proposal-form button[type=submit]");
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("year-error")));
        assertThat(browser.findElement(By.id("year-error")).getText()).contains("2030", "2021-2025");
        check(browser, "de-nghi-loi-tai-cho");

        browser.findElement(By.id("year")).clear();
        browser.findElement(By.id("year")).sendKeys("2025");
        submit(browser, "#proposal-form button[type=submit]");
        awaitHeading(browser, "Đề nghị Giấy khen của Chủ tịch UBND huyện năm 2025");
        assertThat(browser.findElement(By.id("nominees-table")).getText()).contains("Xã Lóng Phiêng");
        check(browser, "de-nghi-moi");
        Matcher page = PROPOSAL_PAGE.matcher(browser.getCurrentUrl());
        assertThat(page.find()).as(browser.getCurrentUrl()).isTrue();
        return page.group(1);
    }

    /** The three files of seed 000's dossier, each a real document of its type (award-service reads the content). */
    private void the_clerk_uploads_the_three_dossier_files_and_submits(WebDriver browser, String proposalId) {
        Map<String, Path> dossier = new LinkedHashMap<>();
        dossier.put("PROPOSAL_LETTER", writeFile("to-trinh.pdf", DossierDocuments.pdf()));
        dossier.put("COUNCIL_MINUTES", writeFile("bien-ban-hop.docx", DossierDocuments.docx("Biên bản họp Hội đồng")));
        dossier.put("ACHIEVEMENT_REPORT", writeFile("bao-cao-thanh-tich.xlsx",
                Spreadsheets.workbook(List.of("Nội dung", "Kết quả"), List.of(List.of("Mô hình", "3")))));
        for (Map.Entry<String, Path> file : dossier.entrySet()) {
            browser.findElement(By.id("file-" + file.getKey())).sendKeys(file.getValue().toString());
            submit(browser, "#upload-" + file.getKey() + " button[type=submit]");
            new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("doc-" + file.getKey()), file.getValue().getFileName().toString()));
        }
        check(browser, "ba-tai-lieu-ho-so");

        submit(browser, "#submit-proposal");
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.textToBe(By.id("proposal-status"),
                "Đã trình Hội đồng"));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Đã gửi đề nghị");
        check(browser, "gui-de-nghi");
    }

    /**
     * The commune's clerk makes the list public from the proposal's page: it was posted at the commune's cultural
     * house from ten days ago, so the catalogue's five days have ended before today and the chairman may decide.
     */
    private void the_clerk_publishes_the_list(WebDriver browser) {
        assertThat(browser.findElement(By.id("not-disclosed")).getText()).contains("chưa được công khai");
        typeDate(browser, By.id("disclosure-start"), LocalDate.now().minusDays(10));
        browser.findElement(By.id("disclosure-place")).sendKeys("Nhà văn hóa xã Lóng Phiêng");
        check(browser, "cong-khai-danh-sach");
        submit(browser, "#disclosure-submit");
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("disclosure-period")));
        assertThat(browser.findElement(By.id("disclosure-period")).getText()).contains(
                "Công khai từ " + DAY.format(LocalDate.now().minusDays(10)),
                "đến " + DAY.format(LocalDate.now().minusDays(5)), "Nhà văn hóa xã Lóng Phiêng");
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Đã công khai danh sách");
        check(browser, "da-cong-khai");
    }

    private void the_council_returns_the_proposal_for_a_fuller_dossier(WebDriver browser, String proposalId) {
        signIn(browser, "yenchau.hdtdkt", false);
        browser.get(portal("/proposals/" + proposalId));
        awaitHeading(browser, "Đề nghị Giấy khen");
        browser.findElement(By.id("return-reason")).sendKeys(RETURN_REASON);
        check(browser, "hoi-dong-tra-lai-de-nghi");
        submit(browser, "#return-submit");
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.textToBe(By.id("proposal-status"),
                "Trả lại để bổ sung hồ sơ"));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Đã trả lại đề nghị");
        assertThat(browser.findElement(By.id("history")).getText()).contains(RETURN_REASON, "(yenchau.hdtdkt)");
        check(browser, "de-nghi-bi-tra-lai");
    }

    /** The returned proposal keeps its documents and its public notice; the clerk replaces the minutes only. */
    private void the_clerk_replaces_the_minutes_and_resubmits(WebDriver browser, String proposalId) {
        signIn(browser, "longphieng.canbo", false);
        browser.get(portal("/proposals/" + proposalId));
        awaitHeading(browser, "Đề nghị Giấy khen");
        assertThat(browser.findElement(By.id("history")).getText()).contains(RETURN_REASON);
        Path minutes = writeFile("bien-ban-hop-co-chu-ky.docx",
                DossierDocuments.docx("Biên bản họp Hội đồng, có chữ ký của các thành viên"));
        browser.findElement(By.id("file-COUNCIL_MINUTES")).sendKeys(minutes.toString());
        submit(browser, "#upload-COUNCIL_MINUTES button[type=submit]");
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("doc-COUNCIL_MINUTES"), "bien-ban-hop-co-chu-ky.docx"));
        check(browser, "bo-sung-bien-ban");
        submit(browser, "#submit-proposal");
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.textToBe(By.id("proposal-status"),
                "Đã trình Hội đồng"));
        assertThat(browser.findElement(By.id("disclosure-period")).getText()).contains("Nhà văn hóa xã Lóng Phiêng");
        check(browser, "gui-lai-de-nghi");
    }

    /**
     * The district council member judges the eligibility sheet on the proposal's page: each criterion no record can
     * show is attested with the council's note, and each criterion lacking data in this fresh stack (no task ratings
     * imported, no model of 2025 recognised) is let pass with a reason. Every form sent takes its line off the sheet,
     * so the loops end.
     */
    private void the_council_judges_the_criteria(WebDriver browser, String proposalId) {
        signIn(browser, "yenchau.hdtdkt", false);
        browser.get(portal("/proposals/" + proposalId));
        awaitHeading(browser, "Đề nghị Giấy khen");
        assertThat(browser.findElement(By.id("disclosure-period")).getText()).contains("Nhà văn hóa xã Lóng Phiêng");
        check(browser, "hoi-dong-phieu-tieu-chuan");

        List<WebElement> attestations = browser.findElements(By.cssSelector("form.attestation"));
        assertThat(attestations).as("criteria awaiting the council's judgement").isNotEmpty();
        while (!attestations.isEmpty()) {
            WebElement form = attestations.get(0);
            form.findElement(By.cssSelector("input[name=holds][value=true]")).click();
            form.findElement(By.cssSelector("textarea[name=note]")).sendKeys("Biên bản kiểm tra của Hội đồng");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            awaitNextPage(browser, form, "Đã ghi đánh giá của Hội đồng.");
            List<WebElement> left = browser.findElements(By.cssSelector("form.attestation"));
            assertThat(left).as("an attested criterion leaves the sheet's forms").hasSize(attestations.size() - 1);
            attestations = left;
        }
        assertThat(browser.findElement(By.id("attestations")).getText()).contains("Biên bản kiểm tra của Hội đồng",
                "(yenchau.hdtdkt");
        check(browser, "hoi-dong-xac-nhan");

        List<WebElement> overrides = browser.findElements(By.cssSelector("details.override"));
        assertThat(overrides).as("criteria without data in the fresh stack").isNotEmpty();
        while (!overrides.isEmpty()) {
            WebElement details = overrides.get(0);
            details.findElement(By.tagName("summary")).click();
            WebElement form = details.findElement(By.tagName("form"));
            form.findElement(By.cssSelector("textarea[name=reason]")).sendKeys(OVERRIDE_REASON);
            form.findElement(By.cssSelector("button[type=submit]")).click();
            awaitNextPage(browser, form, "Đã ghi quyết định vượt tiêu chí của Hội đồng.");
            List<WebElement> left = browser.findElements(By.cssSelector("details.override"));
            assertThat(left).as("an overridden criterion leaves the sheet's forms").hasSize(overrides.size() - 1);
            overrides = left;
        }
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Hội đồng cho vượt: " + OVERRIDE_REASON);
        check(browser, "hoi-dong-cho-vuot");
    }

    /** A form's answer is the page again: the sent form goes stale and the service's notice shows. */
    private static void awaitNextPage(WebDriver browser, WebElement sent, String notice) {
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.stalenessOf(sent));
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("notice"), notice));
    }

    private void the_council_records_its_vote(WebDriver browser, String proposalId) {
        browser.get(portal("/proposals/" + proposalId));
        awaitHeading(browser, "Đề nghị Giấy khen");
        assertThat(browser.findElement(By.id("nominees-table")).getText()).contains("Đủ tiêu chuẩn");
        check(browser, "hoi-dong-xem-de-nghi");
        typeDate(browser, By.id("meetingDate"), LocalDate.now().minusDays(3));
        browser.findElement(By.id("members")).sendKeys("9");
        browser.findElement(By.id("present")).sendKeys("8");
        browser.findElement(By.id("inFavour-0")).sendKeys("7");
        browser.findElement(By.id("against-0")).clear();
        browser.findElement(By.id("against-0")).sendKeys("1");
        submit(browser, "#vote-submit");
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("vote-result")));
        assertThat(browser.findElement(By.id("vote-result")).getText()).contains("8/9 thành viên có mặt",
                "đủ túc số");
        check(browser, "hoi-dong-bo-phieu");
    }

    /**
     * The chairman grants on today's date (the form's default): 0.6 × the base salary of 2,340,000 đồng for a
     * collective (Decrees 98/2023 and 73/2024). The decision and the certificate are read back from the links of the
     * page, downloaded with his session.
     */
    private void the_chairman_grants_and_the_decision_and_certificate_download(WebDriver browser,
            String proposalId) {
        signIn(browser, "yenchau.chutich", false);
        browser.get(portal("/proposals/" + proposalId));
        awaitHeading(browser, "Đề nghị Giấy khen");
        browser.findElement(By.id("outcome-GRANTED")).click();
        browser.findElement(By.id("number")).sendKeys("15/QĐ-UBND");
        submit(browser, "#decision-submit");
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("decision")));
        assertThat(browser.findElement(By.id("proposal-status")).getText()).isEqualTo("Được khen thưởng");
        assertThat(browser.findElement(By.id("decision")).getText()).contains("Quyết định số 15/QĐ-UBND",
                "Xã Lóng Phiêng", "1.404.000");
        check(browser, "quyet-dinh-khen-thuong");

        String decision = browser.findElement(By.id("decision-docx")).getAttribute("href");
        assertThat(DossierDocuments.docxText(PortalGateway.download(browser, decision)))
                .contains("15/QĐ-UBND", "Xã Lóng Phiêng", "1.404.000");
        String certificate = browser.findElement(By.cssSelector("#decision a[href$='.pdf']")).getAttribute("href");
        assertThat(DossierDocuments.pdfText(PortalGateway.download(browser, certificate)))
                .contains("GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN", "Xã Lóng Phiêng", "1.404.000");
    }

    private void a_viewers_registration_gets_the_services_refusal(WebDriver browser) {
        signIn(browser, "yenchau.lanhdao", false);
        browser.get(portal("/models/new"));
        awaitHeading(browser, "Đăng ký mô hình, điển hình");
        fillRegistration(browser, "Mô hình của người chỉ được xem");
        submit(browser, "#model-form button[type=submit]");
        awaitRefusal(browser, "Dịch vụ đã từ chối thao tác này");
        check(browser, "tu-choi-nguoi-xem-dang-ky");
    }

    private void another_communes_clerk_opening_the_model_gets_the_services_refusal(WebDriver browser,
            String modelId) {
        signIn(browser, "chiengdong.canbo", false);
        browser.get(portal("/models/" + modelId));
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("refusal-title")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Không tìm thấy, hoặc nằm ngoài đơn vị bạn được xem").doesNotContain("Cà phê Phiêng Khoài");
        check(browser, "tu-choi-xa-khac");
    }

    /** Proposals are a clerk's to prepare; the Steering Committee member who sends the form anyway is refused. */
    private void a_steering_members_proposal_gets_the_services_refusal(WebDriver browser) {
        browser.get(portal("/proposals"));
        awaitHeading(browser, "Đề nghị khen thưởng");
        aCraftedFormIsRefused(browser, "new-proposal", "/proposals/new", Map.of("campaignId", DEMO_CAMPAIGN,
                "occasion", "YEARLY", "year", "2025", "formCode", "GIAY_KHEN_CHU_TICH_UBND_HUYEN",
                "proposingUnitCode", "04096", "collective", "04096"), "tu-choi-ban-chi-dao-de-nghi");
    }

    /** The chairman decides but does not sit in the council's vote: his vote sent anyway is refused. */
    private void a_chairmans_vote_gets_the_services_refusal(WebDriver browser, String proposalId) {
        aCraftedFormIsRefused(browser, "vote-form", "/proposals/" + proposalId + "/votes", aVote(LocalDate.now()),
                "tu-choi-chu-tich-bo-phieu");
    }

    /** The vote form is the council's; a clerk who sends it anyway is refused by award-service. */
    private void a_clerks_vote_gets_the_services_refusal(WebDriver browser, String proposalId) {
        signIn(browser, "longphieng.canbo", false);
        browser.get(portal("/proposals/" + proposalId));
        awaitHeading(browser, "Đề nghị Giấy khen");
        aCraftedFormIsRefused(browser, "vote-form", "/proposals/" + proposalId + "/votes",
                aVote(LocalDate.of(2025, 10, 8)), "tu-choi-can-bo-bo-phieu");
    }

    /** The decision is the chairman's; a council member who sends the form anyway is refused by award-service. */
    private void a_council_members_decision_gets_the_services_refusal(WebDriver browser, String proposalId) {
        signIn(browser, "yenchau.hdtdkt", false);
        browser.get(portal("/proposals/" + proposalId));
        awaitHeading(browser, "Đề nghị Giấy khen");
        aCraftedFormIsRefused(browser, "decision-form", "/proposals/" + proposalId + "/decision", Map.of(
                "outcome", "DECLINED", "number", "16/QĐ-UBND", "date", DAY.format(LocalDate.now()),
                "reason", "Không đủ tiêu chuẩn"), "tu-choi-hoi-dong-quyet-dinh");
    }

    private void another_communes_clerk_opening_the_proposal_gets_the_services_refusal(WebDriver browser,
            String proposalId) {
        signIn(browser, "chiengdong.canbo", false);
        browser.get(portal("/proposals/" + proposalId));
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("refusal-title")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Không tìm thấy, hoặc nằm ngoài đơn vị bạn được xem").doesNotContain("Lóng Phiêng");
        check(browser, "tu-choi-xa-khac-de-nghi");
    }

    /**
     * A form the page does not offer this official ({@code hiddenFormId} is not on the page) sent anyway as a
     * crafted request: the service refuses it, and the refusal page is checked and kept as step {@code step}.
     */
    private void aCraftedFormIsRefused(WebDriver browser, String hiddenFormId, String action,
                                       Map<String, String> fields, String step) {
        assertThat(browser.findElements(By.id(hiddenFormId))).as("the page offers no %s", hiddenFormId).isEmpty();
        postAsAForm(browser, action, fields);
        awaitRefusal(browser, "Dịch vụ đã từ chối thao tác này");
        check(browser, step);
    }

    /** A council's vote on the demo proposal's one nominee, as the vote form sends it. */
    private static Map<String, String> aVote(LocalDate meetingDay) {
        return Map.of("meetingDate", DAY.format(meetingDay), "members", "9", "present", "9", "nomineeId", "N1",
                "inFavour", "9", "against", "0", "abstain", "0");
    }

    /** Types a date day first, as an official does, and reads back what the field shows. */
    private static void typeDate(WebDriver browser, By field, LocalDate day) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(DAY.format(day));
        assertThat(input.getAttribute("value")).isEqualTo(DAY.format(day));
    }

    /**
     * Sends a form the page does not offer this official, with the session's CSRF token, as a crafted request
     * would: what the page hides, the service must still refuse.
     */
    private static void postAsAForm(WebDriver browser, String action, Map<String, String> fields) {
        ((JavascriptExecutor) browser).executeScript("""
                var form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                var csrf = JSON.parse(document.body.getAttribute('hx-headers'));
                var fields = Object.assign({_csrf: csrf[Object.keys(csrf)[0]]}, arguments[1]);
                Object.keys(fields).forEach(function (name) {
                    var input = document.createElement('input');
                    input.type = 'hidden';
                    input.name = name;
                    input.value = fields[name];
                    form.appendChild(input);
                });
                document.body.appendChild(form);
                form.submit();
                """, action, fields);
    }

    /**
     * Signs in at identity-service's own page with the demo password, as an official would; cookies of the earlier
     * official (the portal's and the provider's, both on 127.0.0.1) are dropped first.
     */
    private void signIn(WebDriver browser, String login, boolean checkTheSignInPage) {
        browser.get(portal("/"));
        browser.manage().deleteAllCookies();
        browser.get(portal("/"));
        awaitHeading(browser, "Đăng nhập");
        if (checkTheSignInPage) {
            check(browser, "dang-nhap");
        }
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(demoPassword());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        awaitHeading(browser, "Việc cần làm");
    }

    private static String demoPassword() {
        try {
            return Files.readString(layout.demoPasswordFile()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fillRegistration(WebDriver browser, String name) {
        select(browser, "level", "GRASSROOTS");
        select(browser, "field", "ECONOMY");
        select(browser, "ownerType", "COLLECTIVE");
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("address")).sendKeys("Bản Phiêng Khoài");
        browser.findElement(By.id("content")).sendKeys("Trồng cà phê theo chuỗi giá trị");
        browser.findElement(By.id("ownerName")).sendKeys("Tổ hợp tác Phiêng Khoài");
        browser.findElement(By.id("personInCharge")).sendKeys("Sồng A Páo");
        typeDate(browser, By.id("startDate"), MODEL_START);
        typeDate(browser, By.id("endDate"), MODEL_START.plusYears(1).minusDays(1));
    }

    private static List<Object> importRow(String name) {
        int year = Year.now().getValue();
        return List.of(year, "04096", "GRASSROOTS", "ECONOMY", "Tập thể", "MODEL", name, "bản Nà Tấu",
                "Nội dung của mô hình", "Tổ hợp tác bản Nà Tấu", "Sồng A Páo", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    private void upload(WebDriver browser, String fileName, List<List<Object>> rows) {
        Path file = writeFile(fileName, Spreadsheets.workbook(IMPORT_HEADERS, rows));
        browser.get(portal("/models/import"));
        awaitHeading(browser, "Nhập danh sách mô hình từ Excel");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        submit(browser, "#import-submit");
    }

    private static Path writeFile(String fileName, byte[] content) {
        try {
            return Files.write(STACK.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void submit(WebDriver browser, String button) {
        browser.findElement(By.cssSelector(button)).click();
    }

    private static void select(WebDriver browser, String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    private static void awaitHeading(WebDriver browser, String text) {
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("h1"), text));
    }

    /** The review is evaluation-service's; the model's status follows in registration-service by event. */
    private static void awaitStatus(WebDriver browser, String modelId, String label) {
        await().atMost(EVENT_WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            browser.get(portal("/models/" + modelId));
            awaitHeading(browser, "Cà phê Phiêng Khoài");
            assertThat(browser.findElement(By.id("model-status")).getText()).isEqualTo(label);
        });
    }

    private static void awaitRefusal(WebDriver browser, String text) {
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), text));
    }

    private void check(WebDriver browser, String page) {
        step++;
        chromium.screenshot(SCREENSHOTS.resolve(String.format("walk-%02d-%s.png", step, page)));
        violationsByPage.put(page, new ArrayList<>(axe.seriousViolations(browser)));
    }

    private static String portal(String path) {
        return "http://" + Layout.HOST + ":" + layout.component("portal").orElseThrow().port() + path;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
