package vn.dvk.award.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.award.support.AwardApiTest;
import vn.dvk.award.support.Evidence;
import vn.dvk.award.support.Files;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.contracts.events.Topics;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/**
 * Issue 10 end to end inside award-service: the evidence arrives as events, Lóng Phiêng proposes itself and a farmer
 * for the district's Giấy khen with the three documents, the list is made public, the district council attests and
 * votes, the chairman decides; the budget, the events and the documents follow.
 */
class AwardFlowIntegrationTest extends AwardApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void a_commune_proposal_travels_to_the_district_council_and_ends_in_a_decision_with_its_money() throws Exception {
        String campaign = Evidence.yenChauCampaign();
        String model = Evidence.recognisedModel("04096", "14/124/04096", 2022, "Trồng lê Tai nung");
        Evidence.replica(model, "04063", "14/124/04063", 2023, "Trồng lê Tai nung bản Nà Viền");
        Evidence.ratings("04096", "14/124/04096", null, TaskRating.GOOD, TaskRating.EXCELLENT, TaskRating.GOOD,
                TaskRating.EXCELLENT, TaskRating.GOOD);
        Evidence.ratings("04096", "14/124/04096", "Nguyễn Hương Bông", TaskRating.EXCELLENT, TaskRating.GOOD,
                TaskRating.EXCELLENT, TaskRating.GOOD, TaskRating.GOOD);
        Evidence.title(Title.CULTURAL_FAMILY, "04096", "14/124/04096", "Gia đình ông Nguyễn Hương Bông", 2021, 2025);

        ServiceClient.Reply person = communeClerk.post("/api/v1/people", """
                {"fullName": "Nguyễn Hương Bông", "dateOfBirth": "1975-05-02", "unitCode": "04096",
                 "position": "Nông dân, bản Cồn Huôt 1", "household": "Gia đình ông Nguyễn Hương Bông"}""");
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        String personId = person.text("id");

        String body = """
                {"campaignId": "%s", "occasion": "FINAL", "year": 2025, "formCode": "GIAY_KHEN_CHU_TICH_UBND_HUYEN",
                 "proposingUnitCode": "04096", "nominees": [
                   {"recipientType": "COLLECTIVE", "unitCode": "04096", "modelIds": ["%s"]},
                   {"recipientType": "INDIVIDUAL", "personId": "%s", "modelIds": ["%s"]}]}"""
                .formatted(campaign, model, personId, model);
        ServiceClient.Reply created = Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> communeClerk.post("/api/v1/proposals", body), reply -> reply.status() == 201);
        String id = created.text("id");
        assertThat(created.text("issuingUnitCode")).isEqualTo("124");
        assertThat(created.text("status")).isEqualTo("DRAFT");

        long filesBefore = storedFiles();
        long chunksBefore = storedChunks();
        ServiceClient.Reply exe = upload(id, "PROPOSAL_LETTER", "to-trinh.pdf", Files.exe());
        ServiceClient.Reply empty = upload(id, "PROPOSAL_LETTER", "to-trinh.pdf", new byte[0]);
        ServiceClient.Reply oversize = upload(id, "PROPOSAL_LETTER", "to-trinh.pdf", new byte[70 * 1024]);
        for (ServiceClient.Reply refused : List.of(exe, empty, oversize)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.errorFields()).containsExactly("file");
        }
        assertThat(exe.body()).contains("không phải PDF, DOCX hoặc XLSX");
        assertThat(empty.body()).contains("tệp rỗng");
        assertThat(oversize.body()).contains("vượt giới hạn");
        assertThat(storedFiles()).as("nothing partial stays in GridFS").isEqualTo(filesBefore);
        assertThat(storedChunks()).as("no chunk of a refused file either").isEqualTo(chunksBefore);

        ServiceClient.Reply unknownKind = upload(id, "LETTER", "to-trinh.pdf", Files.pdf());
        assertThat(unknownKind.status()).as(unknownKind.body()).isEqualTo(400);
        assertThat(unknownKind.errorFields()).containsExactly("kind");
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(upload(id, "PROPOSAL_LETTER", "to-trinh.pdf", Files.pdf()).status()).isEqualTo(200);
        ServiceClient.Reply early = communeClerk.post("/api/v1/proposals/" + id + ":submit", "");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.body()).contains("Biên bản họp Hội đồng", "Báo cáo thành tích");
        byte[] minutes = Files.docx();
        assertThat(upload(id, "COUNCIL_MINUTES", "bien-ban.docx", minutes).status()).isEqualTo(200);
        ServiceClient.Reply third = upload(id, "ACHIEVEMENT_REPORT", "bao-cao.xlsx", Files.xlsx());
        assertThat(third.json().path("documents").findValuesAsString("type")).containsExactlyInAnyOrder("PDF",
                "DOCX", "XLSX");
        assertThat(storedFiles()).isEqualTo(filesBefore + 3);
        ServiceClient.Reply submitted = communeClerk.post("/api/v1/proposals/" + id + ":submit", "");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.text("status")).isEqualTo("SUBMITTED");

        ServiceClient.Reply sibling = api.as("chiengdong.canbo", "04063", "UNIT_CLERK").get("/api/v1/proposals/" + id);
        assertThat(sibling.status()).as("a sibling commune does not see it").isEqualTo(404);
        assertThat(districtCouncil.get("/api/v1/proposals/" + id).status()).isEqualTo(200);
        assertThat(districtCouncil.get("/api/v1/proposals?unit=124").json().path("items").findValuesAsString("id"))
                .contains(id);

        JsonNode sheets = Awaitility.await().atMost(PATIENCE).until(
                () -> districtCouncil.get("/api/v1/proposals/" + id + "/eligibility").json(),
                json -> outcome(json, "N2", "CULTURAL_FAMILY").equals("PASS")
                        && outcome(json, "N1", "TASK_RATINGS").equals("PASS")
                        && outcome(json, "N1", "MODEL_RECOGNIZED").equals("PASS")
                        && outcome(json, "N2", "MODEL_RECOGNIZED").equals("PASS"));
        assertThat(outcome(sheets, "N2", "TASK_RATINGS")).isEqualTo("PASS");
        assertThat(outcome(sheets, "N1", "SOLIDARITY_DEMOCRACY")).isEqualTo("NEEDS_JUDGEMENT");

        ServiceClient.Reply communeCouncil = api.as("longphieng.hdtdkt", "04096", "COUNCIL_MEMBER")
                .post("/api/v1/proposals/" + id + "/attestations", attestation("N1", "DIRECTIVE_ISSUED"));
        assertThat(communeCouncil.status()).as("only the issuing unit's council").isEqualTo(403);
        for (String[] judgement : new String[][] {{"N1", "DIRECTIVE_ISSUED"}, {"N1", "SOLIDARITY_DEMOCRACY"},
                {"N2", "ACTIVE_MOBILISATION"}}) {
            ServiceClient.Reply attested = districtCouncil.post("/api/v1/proposals/" + id + "/attestations",
                    attestation(judgement[0], judgement[1]));
            assertThat(attested.status()).as(attested.body()).isEqualTo(200);
        }

        assertThat(communeClerk.post("/api/v1/proposals/" + id + "/disclosure",
                "{\"startDate\": \"2025-10-01\", \"place\": \"Nhà văn hóa xã Lóng Phiêng\"}").status()).isEqualTo(200);
        ServiceClient.Reply commented = communeClerk.post("/api/v1/proposals/" + id + "/comments",
                "{\"author\": \"Bà Lò Thị Xuân\", \"text\": \"Đồng ý với danh sách\", \"receivedOn\": \"2025-10-03\"}");
        assertThat(commented.status()).as(commented.body()).isEqualTo(200);
        ServiceClient.Reply vote = districtCouncil.post("/api/v1/proposals/" + id + "/votes", """
                {"meetingDate": "2025-10-08", "members": 9, "present": 8, "secretBallot": true, "ballots": [
                  {"nomineeId": "N1", "inFavour": 7, "against": 1, "abstain": 0},
                  {"nomineeId": "N2", "inFavour": 6, "against": 1, "abstain": 1}]}""");
        assertThat(vote.status()).as(vote.body()).isEqualTo(200);
        assertThat(vote.json().path("vote").path("passedNominees").toString()).isEqualTo("[\"N1\",\"N2\"]");

        String decision = "{\"outcome\": \"GRANTED\", \"number\": \"123/QĐ-UBND\", \"date\": \"%s\"}";
        ServiceClient.Reply unanswered = districtChairman.post("/api/v1/proposals/" + id + "/decision",
                decision.formatted("2025-10-15"));
        assertThat(unanswered.status()).isEqualTo(409);
        assertThat(unanswered.text("code")).isEqualTo("unanswered-comments");
        assertThat(districtCouncil.post("/api/v1/proposals/" + id + "/comments/C1/answer",
                "{\"text\": \"Hội đồng ghi nhận\"}").status()).isEqualTo(200);
        ServiceClient.Reply tooEarly = districtChairman.post("/api/v1/proposals/" + id + "/decision",
                decision.formatted("2025-10-04"));
        assertThat(tooEarly.text("code")).isEqualTo("disclosure-running");
        assertThat(districtCouncil.post("/api/v1/proposals/" + id + "/decision", decision.formatted("2025-10-15"))
                .status()).as("the council does not decide").isEqualTo(403);

        ServiceClient.Reply granted = districtChairman.post("/api/v1/proposals/" + id + "/decision",
                decision.formatted("2025-10-15"));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.text("status")).isEqualTo("GRANTED");
        assertThat(granted.json().path("decision").path("recipients").findValuesAsString("amount"))
                .containsExactly("1404000", "702000");

        JsonNode budget = api.get("/api/v1/budget?issuer=124&year=2025").json();
        assertThat(budget.path("total").asLong()).as("0.6 and 0.3 × 2,340,000").isEqualTo(2_106_000);
        assertThat(budget.path("byRecipientType").path("COLLECTIVE").asLong()).isEqualTo(1_404_000);
        assertThat(budget.path("byForm").path("GIAY_KHEN_CHU_TICH_UBND_HUYEN").asLong()).isEqualTo(2_106_000);
        assertThat(budget.path("fund").asLong()).isEqualTo(30_000_000);

        try (TopicProbe award = TopicProbe.on(Topics.AWARD)) {
            List<TopicProbe.Received> events = Awaitility.await().atMost(PATIENCE).until(
                    () -> award.poll().stream().filter(r -> id.equals(r.key())).toList(), list -> list.size() >= 2);
            assertThat(events).extracting(r -> r.event().type())
                    .containsExactly("vn.dvk.award.proposal-submitted.v1", "vn.dvk.award.decided.v1");
            assertThat(events.get(1).event().unitPath()).isEqualTo("14/124/04096");
            assertThat(events.get(1).value()).contains("123/QĐ-UBND", "Nguyễn Hương Bông", "1404000");
        }

        ServiceClient.Reply docx = districtChairman.get("/api/v1/proposals/" + id + "/decision.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("123/QĐ-UBND", "Xã Lóng Phiêng", "Nguyễn Hương Bông", "1.404.000",
                    "702.000", "2.106.000", "Giấy khen của Chủ tịch UBND huyện");
        }
        ServiceClient.Reply pdf = communeClerk.get("/api/v1/proposals/" + id + "/certificates/N2.pdf");
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (var document = Loader.loadPDF(pdf.bytes())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Nguyễn Hương Bông", "702.000",
                    "GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN", "Xã Lóng Phiêng");
        }
        ServiceClient.Reply xlsx = districtCouncil.get("/api/v1/proposals/" + id + "/summary.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertThat(workbook.getSheetAt(0).getRow(4).getCell(1).getStringCellValue())
                    .isEqualTo("Nguyễn Hương Bông");
            assertThat(workbook.getSheetAt(0).getRow(4).getCell(9).getStringCellValue()).isEqualTo("Có");
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .contains("Nhà văn hóa xã Lóng Phiêng");
            assertThat(workbook.getSheetAt(1).getRow(3).getCell(1).getStringCellValue()).isEqualTo("Bà Lò Thị Xuân");
            assertThat(workbook.getSheetAt(1).getRow(3).getCell(4).getStringCellValue()).isEqualTo("Hội đồng ghi nhận");
        }
        assertThat(communeClerk.get("/api/v1/proposals/" + id + "/documents/COUNCIL_MINUTES").bytes())
                .isEqualTo(minutes);
    }

    private ServiceClient.Reply upload(String id, String kind, String filename, byte[] content) {
        return communeClerk.postFile("/api/v1/proposals/" + id + "/documents?kind=" + kind, filename, content,
                "application/octet-stream");
    }

    private static String attestation(String nominee, String rule) {
        return "{\"nomineeId\": \"%s\", \"ruleCode\": \"%s\", \"holds\": true, \"note\": \"Biên bản kiểm tra ngày 20/9/2025\"}"
                .formatted(nominee, rule);
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
}
