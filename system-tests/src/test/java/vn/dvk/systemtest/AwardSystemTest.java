package vn.dvk.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.testsupport.ServiceClient;

/**
 * Issue 10 across the services, each its own process: Yên Châu's plan 294/KH-UBND published in registration, the
 * farmer registered in award-service's person registry, the task ratings and cultural-family titles imported into
 * evaluation from XLSX (their names matched to the registry's persons), a model of Lóng Phiêng registered and
 * recognised, then replicated by the farmer in a model registered with his person id as its owner; the commune proposes itself and a farmer for the district chairman's Giấy khen with the three dossier
 * files, the district council attests and votes, the chairman grants. Award-service's budget equals the catalogue's
 * arithmetic, its documents read back with the names and amounts, reporting counts the two awards, and registration
 * shows the commendation on the model.
 */
@OnTheSharedStack
class AwardSystemTest {

    private static final Duration EVENTUAL = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FARMER = "Nguyễn Hương Bông";
    private static final String FAMILY = "Gia đình ông Nguyễn Hương Bông";
    private static final String REPLICA = "Trồng lê Tai nung tại vườn hộ ông Bông";

    private final SystemUnderTest system = SystemUnderTest.get();
    private final ServiceClient registration = new ServiceClient(system.registration.url(""));
    private final ServiceClient evaluation = new ServiceClient(system.evaluation.url(""));
    /** A grassroots model is reviewed and evaluated by the Steering Committee of its own commune. */
    private final ServiceClient communeCommittee = evaluation.asNamed("longphieng.bcd",
            "Ban Chỉ đạo xã Lóng Phiêng", "04096", "STEERING_MEMBER");
    private final ServiceClient reporting = new ServiceClient(system.reporting.url(""));
    private final ServiceClient award = new ServiceClient(system.award().url(""));
    private final ServiceClient communeClerk = award.as("longphieng.canbo", "04096", "UNIT_CLERK");
    private final ServiceClient districtCouncil = award.as("yenchau.hdtdkt", "124", "COUNCIL_MEMBER");
    private final ServiceClient districtChairman = award.as("yenchau.chutich", "124", "CHAIRMAN");

    @Test
    void a_commune_proposal_granted_by_the_district_is_counted_by_reporting_and_shown_on_the_model()
            throws IOException {
        String campaignId = created(registration.post("/api/v1/campaigns", """
                {"issuingUnitCode": "124", "name": "Phong trào thi đua \\"Dân vận khéo\\" giai đoạn 2021-2025",
                 "documentNumber": "294/KH-UBND", "documentDate": "2021-11-18", "startYear": 2021, "endYear": 2025,
                 "phases": [{"name": "Giai đoạn 2021-2025", "startDate": "2021-11-18", "endDate": "2025-12-31"}]}
                """)).path("id").asString();
        String modelId = recognisedModel();
        String personId = created(communeClerk.post("/api/v1/people", """
                {"fullName": "%s", "dateOfBirth": "1975-05-02", "unitCode": "04096",
                 "position": "Nông dân, bản Cồn Huôt 1", "household": "%s"}""".formatted(FARMER, FAMILY)))
                .path("id").asString();
        importEvidence();
        String replicaId = farmersReplica(modelId, personId);

        String proposal = """
                {"campaignId": "%s", "occasion": "FINAL", "year": 2025, "formCode": "GIAY_KHEN_CHU_TICH_UBND_HUYEN",
                 "proposingUnitCode": "04096", "nominees": [
                   {"recipientType": "COLLECTIVE", "unitCode": "04096", "modelIds": ["%s"]},
                   {"recipientType": "INDIVIDUAL", "personId": "%s", "modelIds": ["%s"]}]}"""
                .formatted(campaignId, modelId, personId, modelId);
        String id = accepted(() -> communeClerk.post("/api/v1/proposals", proposal)).path("id").asString();
        upload(id, "PROPOSAL_LETTER", "to-trinh.pdf", pdf());
        upload(id, "COUNCIL_MINUTES", "bien-ban.docx", ooxml("word/document.xml"));
        upload(id, "ACHIEVEMENT_REPORT", "bao-cao-thanh-tich.xlsx", ooxml("xl/workbook.xml"));
        assertThat(ok(communeClerk.post("/api/v1/proposals/" + id + ":submit", "")).path("status").asString())
                .isEqualTo("SUBMITTED");

        await("the evidence reaches award-service").atMost(EVENTUAL).pollInterval(POLL).until(() -> {
            JsonNode sheets = districtCouncil.get("/api/v1/proposals/" + id + "/eligibility").json();
            return outcome(sheets, "N1", "TASK_RATINGS").equals("PASS")
                    && outcome(sheets, "N1", "MODEL_RECOGNIZED").equals("PASS")
                    && outcome(sheets, "N2", "TASK_RATINGS").equals("PASS")
                    && outcome(sheets, "N2", "CULTURAL_FAMILY").equals("PASS")
                    && outcome(sheets, "N2", "MODEL_RECOGNIZED").equals("PASS");
        });
        assertThat(ok(districtCouncil.get("/api/v1/proposals/" + id + "/eligibility")).toString())
                .as("the farmer's own model, found by his person id, is named in his evidence")
                .contains(REPLICA, "mã " + personId);
        assertThat(ok(registration.get("/api/v1/models/" + replicaId)).path("ownerPersonId").asString())
                .isEqualTo(personId);
        for (String[] judgement : new String[][] {{"N1", "DIRECTIVE_ISSUED"}, {"N1", "SOLIDARITY_DEMOCRACY"},
                {"N2", "ACTIVE_MOBILISATION"}}) {
            ok(districtCouncil.post("/api/v1/proposals/" + id + "/attestations", """
                    {"nomineeId": "%s", "ruleCode": "%s", "holds": true, "note": "Biên bản kiểm tra ngày 20/9/2025"}"""
                    .formatted(judgement[0], judgement[1])));
        }
        ok(communeClerk.post("/api/v1/proposals/" + id + "/disclosure",
                "{\"startDate\": \"2025-10-01\", \"place\": \"Nhà văn hóa xã Lóng Phiêng\"}"));
        ok(districtCouncil.post("/api/v1/proposals/" + id + "/votes", """
                {"meetingDate": "2025-10-08", "members": 9, "present": 8, "secretBallot": true, "ballots": [
                  {"nomineeId": "N1", "inFavour": 7, "against": 1, "abstain": 0},
                  {"nomineeId": "N2", "inFavour": 6, "against": 1, "abstain": 1}]}"""));
        JsonNode granted = ok(districtChairman.post("/api/v1/proposals/" + id + "/decision",
                "{\"outcome\": \"GRANTED\", \"number\": \"123/QĐ-UBND\", \"date\": \"2025-10-15\"}"));
        assertThat(granted.path("status").asString()).isEqualTo("GRANTED");

        JsonNode rewards = catalogueRewards("GIAY_KHEN_CHU_TICH_UBND_HUYEN", "2025-10-15");
        long collective = reward(rewards.path("COLLECTIVE"));
        long individual = reward(rewards.path("INDIVIDUAL"));
        assertThat(collective).as("0.6 × 2,340,000 (Decree 73/2024)").isEqualTo(1_404_000);
        assertThat(individual).as("0.3 × 2,340,000 (Decree 73/2024)").isEqualTo(702_000);
        JsonNode budget = ok(award.get("/api/v1/budget?issuer=124&year=2025"));
        assertThat(budget.path("total").asLong()).isEqualTo(collective + individual);
        assertThat(budget.path("byRecipientType").path("COLLECTIVE").asLong()).isEqualTo(collective);
        assertThat(budget.path("byRecipientType").path("INDIVIDUAL").asLong()).isEqualTo(individual);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                districtChairman.get("/api/v1/proposals/" + id + "/decision.docx").bytes()));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("123/QĐ-UBND", "Xã Lóng Phiêng", FARMER, "1.404.000", "702.000",
                    "2.106.000");
        }
        for (String[] certificate : new String[][] {{"N1", "Xã Lóng Phiêng", "1.404.000"}, {"N2", FARMER, "702.000"}}) {
            ServiceClient.Reply pdf = communeClerk.get("/api/v1/proposals/" + id + "/certificates/" + certificate[0]
                    + ".pdf");
            assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
                assertThat(new PDFTextStripper().getText(document)).contains(certificate[1], certificate[2],
                        "GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN");
            }
        }

        await("reporting counts the awards").atMost(EVENTUAL).pollInterval(POLL).untilAsserted(() -> {
            JsonNode statistics = ok(reporting.get("/api/v1/statistics/awards?unit=04096&year=2025"));
            assertThat(statistics.path("total").asInt()).isEqualTo(2);
            assertThat(statistics.path("amount").asLong()).isEqualTo(collective + individual);
            assertThat(statistics.path("byForm").path("GIAY_KHEN_CHU_TICH_UBND_HUYEN").asInt()).isEqualTo(2);
            assertThat(statistics.path("byRecipientType").path("COLLECTIVE").asInt()).isEqualTo(1);
            assertThat(statistics.path("byRecipientType").path("INDIVIDUAL").asInt()).isEqualTo(1);
        });
        await("registration shows the commendation on the model").atMost(EVENTUAL).pollInterval(POLL)
                .untilAsserted(() -> {
                    JsonNode commendations = ok(registration.get("/api/v1/models/" + modelId + "/commendations"));
                    assertThat(commendations.findValuesAsString("recipientName"))
                            .containsExactlyInAnyOrder("Xã Lóng Phiêng", FARMER);
                    assertThat(commendations.findValuesAsString("decisionNumber")).containsOnly("123/QĐ-UBND");
                });
        assertThat(ok(registration.get("/api/v1/models/" + modelId)).path("status").asString())
                .isEqualTo("RECOGNIZED");
    }

    /** A model of Lóng Phiêng registered, approved, self-assessed and recognised at the 2024 year-end evaluation. */
    private String recognisedModel() {
        String id = created(registration.post("/api/v1/models", """
                {"year": 2024, "unitCode": "04096", "level": "GRASSROOTS", "field": "ECONOMY",
                 "ownerType": "COLLECTIVE", "kind": "MODEL", "name": "Mô hình trồng lê Tai nung",
                 "address": "bản Cồn Huôt 1, xã Lóng Phiêng", "content": "Trồng lê Tai nung theo hướng hàng hóa",
                 "ownerName": "Chi hội Nông dân bản Cồn Huôt 1", "personInCharge": "%s",
                 "startDate": "2024-01-01", "endDate": "2024-12-31"}""".formatted(FARMER))).path("id").asString();
        accepted(() -> communeCommittee.post("/api/v1/reviews", """
                {"modelId": "%s", "decision": "APPROVE", "reason": "Phù hợp, khả thi"}""".formatted(id)));
        awaitStatus(id, "APPROVED");
        accepted(() -> evaluation.post("/api/v1/self-assessments", """
                {"modelId": "%s", "periodStart": "2024-01-01", "periodEnd": "2024-06-30", "progressPercent": 60,
                 "indicators": [{"code": "HOUSEHOLDS_JOINING", "value": 25}],
                 "filedBy": "UBND xã Lóng Phiêng"}""".formatted(id)));
        awaitStatus(id, "IN_PROGRESS");
        accepted(() -> evaluation.post("/api/v1/self-assessments", """
                {"modelId": "%s", "periodStart": "2024-07-01", "periodEnd": "2024-12-31", "progressPercent": 100,
                 "filedBy": "UBND xã Lóng Phiêng"}""".formatted(id)));
        String planId = accepted(() -> communeCommittee.post("/api/v1/inspection-plans", """
                {"year": 2024, "round": "YEAR_END", "name": "Kiểm tra, đánh giá cuối năm 2024",
                 "issuingUnitCode": "04096", "targets": [{"modelId": "%s", "teamKey": "d1"}],
                 "teams": [{"key": "d1", "name": "Đoàn kiểm tra của xã",
                            "members": [{"name": "Lò Văn Minh", "role": "HEAD"},
                                        {"name": "Cầm Thị Hoa", "role": "MEMBER"}]}]}""".formatted(id)))
                .at("/plan/id").asString();
        accepted(() -> communeCommittee.post("/api/v1/inspection-plans/" + planId + "/inspections", """
                {"targetId": "t1", "inspectedOn": "2024-12-10", "findings": "Mô hình thực hiện đúng kế hoạch"}"""));
        accepted(() -> communeCommittee.post("/api/v1/evaluations", """
                {"modelId": "%s", "round": "YEAR_END", "year": 2024, "planId": "%s",
                 "scores": [{"criterion": "PRACTICAL_EFFECTIVE", "score": 9, "comment": "Thu nhập tăng rõ"},
                            {"criterion": "SUSTAINABLE", "score": 8, "comment": "Duy trì ổn định"},
                            {"criterion": "REPLICABLE", "score": 8, "comment": "Nhân rộng ra 3 bản"},
                            {"criterion": "ENGAGES_PEOPLE", "score": 9, "comment": "25 hộ tham gia"},
                            {"criterion": "HONEST", "score": 9, "comment": "Số liệu trung thực"}],
                 "recognized": true, "reason": "Đạt tiêu chí mô hình Dân vận khéo"}""".formatted(id, planId)));
        awaitStatus(id, "RECOGNIZED");
        return id;
    }

    /**
     * The farmer replicates the recognised model in his own garden, registered with him as its owner's person: the
     * id travels in registration's events to award-service, which finds his model by it and sees the collective model
     * replicated (seed 000 §III.1.b). Registration refuses the owner until it has consumed his registration.
     */
    private String farmersReplica(String recognisedModelId, String personId) {
        return accepted(() -> registration.post("/api/v1/models", """
                {"year": 2025, "unitCode": "04096", "level": "GRASSROOTS", "field": "ECONOMY",
                 "ownerType": "INDIVIDUAL", "kind": "MODEL", "name": "%s",
                 "address": "bản Cồn Huôt 1, xã Lóng Phiêng", "content": "Nhân rộng trồng lê Tai nung tại hộ gia đình",
                 "ownerName": "Hộ ông %s", "personInCharge": "%s", "ownerPersonId": "%s",
                 "replicatedFrom": "%s", "startDate": "2025-01-01", "endDate": "2025-12-31"}"""
                .formatted(REPLICA, FARMER, FARMER, personId, recognisedModelId))).path("id").asString();
    }

    /**
     * Seed 000's collective and individual criteria as evaluation imports them: five years rated "good" or better
     * with two excellent ones, and the farmer's family a cultural family 2021–2025.
     */
    private void importEvidence() {
        String[] commune = {"Hoàn thành tốt nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ",
                "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"};
        String[] farmer = {"Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ",
                "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ"};
        List<List<Object>> ratings = new java.util.ArrayList<>();
        List<List<Object>> titles = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ratings.add(List.of("Tập thể", "04096", "", 2021 + i, commune[i]));
            ratings.add(List.of("Cá nhân", "04096", FARMER, 2021 + i, farmer[i]));
            titles.add(List.of("Gia đình văn hóa", "04096", FAMILY, 2021 + i));
        }
        ServiceClient.Reply rated = imported(() -> evaluation.postFile("/api/v1/task-ratings:import",
                "xep-loai.xlsx", workbook(List.of("Đối tượng", "Mã đơn vị", "Họ và tên", "Năm", "Xếp loại"), ratings),
                XLSX));
        assertThat(ok(rated).path("imported").asInt()).isEqualTo(10);
        assertThat(rated.json().path("items").findValuesAsString("personName")).contains(FARMER);
        ServiceClient.Reply titled = imported(() -> evaluation.postFile("/api/v1/titles:import", "danh-hieu.xlsx",
                workbook(List.of("Danh hiệu", "Mã đơn vị", "Tên", "Năm"), titles), XLSX));
        assertThat(ok(titled).path("imported").asInt()).isEqualTo(5);
    }

    private JsonNode catalogueRewards(String formCode, String asOf) {
        for (JsonNode form : ok(award.get("/api/v1/award-forms?asOf=" + asOf))) {
            if (form.path("code").asString().equals(formCode)) {
                return form.path("rewards");
            }
        }
        throw new AssertionError("the catalogue has no form " + formCode);
    }

    /** Coefficient × base salary, rounded up to the thousand đồng (Decree 98/2023/NĐ-CP, Article 72). */
    private static long reward(JsonNode reward) {
        return new BigDecimal(reward.path("coefficient").asString())
                .multiply(BigDecimal.valueOf(reward.path("baseSalary").asLong()))
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.CEILING).longValueExact() * 1000;
    }

    private void upload(String proposalId, String kind, String filename, byte[] content) {
        ok(communeClerk.postFile("/api/v1/proposals/" + proposalId + "/documents?kind=" + kind, filename, content,
                "application/octet-stream"));
    }

    private void awaitStatus(String modelId, String expected) {
        await("model " + modelId + " becomes " + expected).atMost(EVENTUAL).pollInterval(POLL).until(() ->
                expected.equals(registration.get("/api/v1/models/" + modelId).json().path("status").asString()));
    }

    /**
     * Retries an import that names the farmer, refused (row by row) until evaluation-service has consumed his
     * registration in award-service's person registry.
     */
    private static ServiceClient.Reply imported(Supplier<ServiceClient.Reply> upload) {
        ServiceClient.Reply[] last = new ServiceClient.Reply[1];
        await("the person registry reaches evaluation-service").atMost(EVENTUAL).pollInterval(POLL).until(() -> {
            last[0] = upload.get();
            return last[0].status() == 200;
        });
        return last[0];
    }

    /** Retries a command refused only because its service has not yet consumed what it refers to. */
    private static JsonNode accepted(Supplier<ServiceClient.Reply> command) {
        ServiceClient.Reply[] last = new ServiceClient.Reply[1];
        await().atMost(EVENTUAL).pollInterval(POLL).until(() -> {
            last[0] = command.get();
            return last[0].status() == 201;
        });
        return last[0].json();
    }

    private static JsonNode created(ServiceClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static JsonNode ok(ServiceClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static String outcome(JsonNode sheets, String nominee, String rule) {
        for (JsonNode sheet : sheets) {
            if (sheet.path("nomineeId").asString().equals(nominee)) {
                for (JsonNode line : sheet.path("lines")) {
                    if (line.path("result").path("code").asString().equals(rule)) {
                        return line.path("result").path("outcome").asString();
                    }
                }
            }
        }
        return "absent";
    }

    private static byte[] workbook(List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Dữ liệu");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The smallest OOXML package of a kind: the content-types part and the kind's main part. */
    private static byte[] ooxml(String mainPart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(mainPart));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
