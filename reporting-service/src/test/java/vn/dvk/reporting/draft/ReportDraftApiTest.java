package vn.dvk.reporting.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.events.Topics;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.fixtures.ReportingApiTest;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/**
 * Drafts, versions, documents and submissions on the running service, its real store and broker: the commune writes
 * and submits its year-end report, the district sees it, a model registered afterwards is flagged; and the problems
 * each wrong request gets.
 */
class ReportDraftApiTest extends ReportingApiTest {

    private static final int YEAR = 2043;
    private static final String DRAFT = "04096-" + YEAR + "-YEARLY";
    private static final String OPEN = "{\"unit\":\"04096\",\"year\":" + YEAR + ",\"kind\":\"YEARLY\"}";

    private ServiceClient clerk() {
        return http.asNamed("longphieng.canbo", "Sồng A Páo", "04096", "UNIT_CLERK");
    }

    private ServiceClient steering() {
        return http.asNamed("longphieng.bcd", "Lò Văn Hặc", "04096", "STEERING_MEMBER");
    }

    private static String edit(String results, String date) {
        return "{\"recipient\":\"Ban Chỉ đạo huyện Yên Châu\",\"results\":\"" + results + "\",\"date\":\"" + date
                + "\"}";
    }

    private static String docxText(byte[] bytes) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    @Test
    void a_commune_writes_its_report_in_versions_submits_it_and_the_district_sees_it_reconciled() throws Exception {
        ServiceClient.Reply opened = clerk().post("/api/v1/reports", OPEN);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.text("id")).isEqualTo(DRAFT);
        assertThat(opened.header("ETag")).isEqualTo("\"1\"");

        ServiceClient.Reply again = steering().post("/api/v1/reports", OPEN);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains(DRAFT);

        ServiceClient.Reply edited = clerk().put("/api/v1/reports/" + DRAFT, edit("Hoàn thành 100% chỉ tiêu.",
                YEAR + "-12-10"), Map.of("If-Match", "\"1\""));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("currentVersion").asInt()).isEqualTo(2);
        ServiceClient.Reply second = steering().put("/api/v1/reports/" + DRAFT, edit("Vượt chỉ tiêu đề ra.",
                YEAR + "-12-12"), Map.of("If-Match", edited.header("ETag")));
        assertThat(second.status()).as(second.body()).isEqualTo(200);

        JsonNode versions = http.get("/api/v1/reports/" + DRAFT + "/versions").json();
        assertThat(versions).hasSize(3);
        assertThat(versions.get(1).path("savedBy").asString()).isEqualTo("Sồng A Páo (longphieng.canbo)");
        assertThat(versions.get(2).path("savedBy").asString()).isEqualTo("Lò Văn Hặc (longphieng.bcd)");
        assertThat(versions.get(2).path("text").path("results").asString()).isEqualTo("Vượt chỉ tiêu đề ra.");

        String current = docxText(http.get("/api/v1/reports/" + DRAFT + "/document?format=docx").bytes());
        assertThat(current).contains("Kính gửi: Ban Chỉ đạo huyện Yên Châu.", "Vượt chỉ tiêu đề ra.",
                "ngày 12 tháng 12 năm " + YEAR);
        String first = docxText(http.get("/api/v1/reports/" + DRAFT + "/document?version=2").bytes());
        assertThat(first).contains("Hoàn thành 100% chỉ tiêu.", "ngày 10 tháng 12 năm " + YEAR)
                .doesNotContain("Vượt chỉ tiêu đề ra.");
        byte[] pdf = http.get("/api/v1/reports/" + DRAFT + "/document?format=pdf&version=3").bytes();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Vượt chỉ tiêu đề ra.");
        }

        try (TopicProbe probe = TopicProbe.on(Topics.REPORTING)) {
            ServiceClient.Reply submitted = steering().post("/api/v1/reports/" + DRAFT + ":submit", "");
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
            assertThat(submitted.json().path("submission").path("version").asInt()).isEqualTo(3);
            assertThat(submitted.json().path("submission").path("late").asBoolean()).isFalse();

            await().atMost(Duration.ofSeconds(60)).until(() -> probe.poll().stream()
                    .anyMatch(record -> DRAFT.equals(record.key())
                            && "vn.dvk.report.submitted.v1".equals(record.event().type())
                            && record.value().contains("\"submittedBy\":\"Lò Văn Hặc (longphieng.bcd)\"")));
        }
        assertThat(clerk().put("/api/v1/reports/" + DRAFT, edit("Sửa sau khi gửi.", YEAR + "-12-12"),
                Map.of("If-Match", "\"4\"")).status()).isEqualTo(409);

        ServiceClient district = http.as("yenchau.bcd", "124", "VIEWER");
        JsonNode overview = district.get("/api/v1/reports/submissions?unit=124&year=" + YEAR + "&kind=YEARLY")
                .json();
        assertThat(overview.path("submitted").asInt()).isEqualTo(1);
        assertThat(overview.path("late").asInt()).isZero();
        JsonNode longPhieng = unit(overview, "04096");
        assertThat(longPhieng.path("state").asString()).isEqualTo("SUBMITTED");
        assertThat(longPhieng.path("submittedBy").asString()).isEqualTo("Lò Văn Hặc (longphieng.bcd)");
        assertThat(longPhieng.path("flagged").asBoolean()).isFalse();
        assertThat(unit(overview, "04063").path("state").asString()).isEqualTo("PENDING");
        JsonNode agency = unit(overview, "124.PNV");
        assertThat(agency.path("unitName").asString()).as("seed 001 VI.3: units report as localities do")
                .isEqualTo("Phòng Nội vụ huyện Yên Châu");
        assertThat(agency.path("state").asString()).isEqualTo("PENDING");

        try (EventFeed feed = new EventFeed()) {
            feed.registered(ModelFixtures.aCollectiveModel().inUnit("04096").inYear(YEAR).registered());
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode flagged = unit(district.get("/api/v1/reports/submissions?unit=124&year=" + YEAR
                    + "&kind=YEARLY").json(), "04096");
            assertThat(flagged.path("flagged").asBoolean()).isTrue();
            assertThat(figure(flagged, "total").path("submitted").asLong()).isZero();
            assertThat(figure(flagged, "total").path("live").asLong()).isEqualTo(1);
        });
        String sentTotal = "Tổng số mô hình \"Dân vận khéo\": 0 mô hình (tập thể 0 mô hình, cá nhân 0 mô hình)";
        String liveTotal = "Tổng số mô hình \"Dân vận khéo\": 1 mô hình (tập thể 1 mô hình, cá nhân 0 mô hình)";
        assertThat(docxText(district.get("/api/v1/reports/" + DRAFT + "/document?format=docx").bytes()))
                .contains(sentTotal, "Vượt chỉ tiêu đề ra.").doesNotContain(liveTotal);
        try (var sentPdf = Loader.loadPDF(district.get("/api/v1/reports/" + DRAFT + "/document?format=pdf&version=3")
                .bytes())) {
            assertThat(new PDFTextStripper().getText(sentPdf).replaceAll("\\s+", " ")).contains(sentTotal)
                    .doesNotContain(liveTotal);
        }
        assertThat(docxText(district.get("/api/v1/reports/" + DRAFT + "/document?version=2").bytes()))
                .as("a version never sent is composed from the data now").contains(liveTotal);

        ServiceClient.Reply districtDraft = http.as("yenchau.canbo", "124", "UNIT_CLERK").post("/api/v1/reports",
                "{\"unit\":\"124\",\"year\":" + YEAR + ",\"kind\":\"YEARLY\"}");
        assertThat(districtDraft.status()).isEqualTo(201);
        String annex = docxText(district.get("/api/v1/reports/124-" + YEAR + "-YEARLY/document?annex=true")
                .bytes());
        assertThat(annex).contains("PHỤ LỤC: BÁO CÁO CỦA CÁC ĐƠN VỊ TRỰC THUỘC ĐÃ GỬI", "Xã Lóng Phiêng");
    }

    @Test
    void wrong_requests_get_problems_naming_what_is_wrong_and_change_nothing() {
        String id = "04063-" + YEAR + "-MID_YEAR";
        ServiceClient chiengDong = http.as("chiengdong.canbo", "04063", "UNIT_CLERK");
        assertThat(chiengDong.post("/api/v1/reports", "{\"unit\":\"04063\",\"year\":" + YEAR
                + ",\"kind\":\"MID_YEAR\"}").status()).isEqualTo(201);

        ServiceClient.Reply unknownUnit = chiengDong.post("/api/v1/reports", "{\"unit\":\"99999\",\"year\":" + YEAR
                + ",\"kind\":\"YEARLY\"}");
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(unknownUnit.errorFields()).containsExactly("unit");
        ServiceClient.Reply unknownKind = chiengDong.post("/api/v1/reports", "{\"unit\":\"04063\",\"year\":" + YEAR
                + ",\"kind\":\"QUARTERLY\"}");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.errorFields()).containsExactly("kind");
        assertThat(http.as("yenchau.canbo", "124", "UNIT_CLERK").post("/api/v1/reports",
                "{\"unit\":\"04063\",\"year\":" + YEAR + ",\"kind\":\"YEARLY\"}").status()).isEqualTo(403);

        assertThat(http.as("chiengdong.viewer", "04063", "VIEWER").put("/api/v1/reports/" + id,
                edit("Không được sửa.", YEAR + "-07-20"), Map.of("If-Match", "\"1\"")).status()).isEqualTo(403);
        assertThat(chiengDong.post("/api/v1/reports/" + id + ":submit", "").status()).isEqualTo(403);
        assertThat(http.as("longphieng.canbo", "04096", "UNIT_CLERK").get("/api/v1/reports/" + id).status())
                .isEqualTo(404);
        assertThat(http.as("longphieng.bcd", "04096", "STEERING_MEMBER").post("/api/v1/reports/" + id + ":submit",
                "").status()).isEqualTo(404);

        ServiceClient.Reply saved = chiengDong.put("/api/v1/reports/" + id, edit("Bản thứ hai.", YEAR + "-07-20"),
                Map.of("If-Match", "\"1\""));
        assertThat(saved.status()).isEqualTo(200);
        ServiceClient.Reply stale = chiengDong.put("/api/v1/reports/" + id, edit("Dựa trên bản cũ.", YEAR + "-07-21"),
                Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorFields()).containsExactly("If-Match");
        assertThat(chiengDong.put("/api/v1/reports/" + id, edit("Không có If-Match.", YEAR + "-07-21"), Map.of())
                .errorFields()).containsExactly("If-Match");
        ServiceClient.Reply badDate = chiengDong.put("/api/v1/reports/" + id, edit("Ngày sai.", "2001-07-21"),
                Map.of("If-Match", saved.header("ETag")));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.errorFields()).containsExactly("date");
        ServiceClient.Reply noSuchVersion = chiengDong.get("/api/v1/reports/" + id + "/document?version=9");
        assertThat(noSuchVersion.status()).isEqualTo(400);
        assertThat(noSuchVersion.errorFields()).containsExactly("version");
        assertThat(chiengDong.get("/api/v1/reports/" + id + "/document?format=odt").errorFields())
                .containsExactly("format");
        assertThat(http.get("/api/v1/reports/submissions?unit=124&year=" + YEAR + "&kind=X").errorFields())
                .containsExactly("kind");

        JsonNode unchanged = chiengDong.get("/api/v1/reports/" + id).json();
        assertThat(unchanged.path("currentVersion").asInt()).isEqualTo(2);
        assertThat(unchanged.path("text").path("results").asString()).isEqualTo("Bản thứ hai.");
        assertThat(unchanged.path("kindLabel").asString()).isEqualTo("Báo cáo 6 tháng đầu năm");
    }

    private static JsonNode unit(JsonNode overview, String code) {
        for (JsonNode unit : overview.path("units")) {
            if (unit.path("unitCode").asString().equals(code)) {
                return unit;
            }
        }
        throw new AssertionError("no line for " + code + " in " + overview);
    }

    private static JsonNode figure(JsonNode unit, String key) {
        for (JsonNode figure : unit.path("figures")) {
            if (figure.path("key").asString().equals(key)) {
                return figure;
            }
        }
        throw new AssertionError("no figure " + key + " in " + unit);
    }
}
