package vn.dvk.award.document.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.award.document.application.AwardDocuments;

/** The award papers of a proposal: decision (DOCX), certificates (PDF), the council's summary (XLSX). */
@RestController
@Tag(name = "Văn bản khen thưởng / Award documents")
public class AwardDocumentController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AwardDocuments documents;
    private final PaperWriters writers;

    public AwardDocumentController(AwardDocuments documents, PaperWriters writers) {
        this.documents = documents;
        this.writers = writers;
    }

    @GetMapping("/api/v1/proposals/{id}/decision.docx")
    @Operation(summary = "Dự thảo quyết định / Decision draft (DOCX)",
            description = "Danh sách tập thể, cá nhân và số tiền: theo quyết định nếu đã có, nếu chưa thì những đối"
                    + " tượng được Hội đồng bỏ phiếu đạt, theo mức tiền ngày hôm nay.")
    public ResponseEntity<byte[]> decision(@PathVariable String id) {
        return file(writers.decision(documents.decisionDraft(id)), DOCX, "quyet-dinh-" + id + ".docx");
    }

    @GetMapping("/api/v1/proposals/{id}/certificates/{nomineeId}.pdf")
    @Operation(summary = "Bằng khen, Giấy khen / Certificate (PDF)", description = "Chỉ khi đã quyết định khen"
            + " thưởng; 409 trước đó.")
    public ResponseEntity<byte[]> certificate(@PathVariable String id, @PathVariable String nomineeId) {
        return file(writers.certificate(documents.certificate(id, nomineeId)), MediaType.APPLICATION_PDF,
                "chung-nhan-" + id + "-" + nomineeId + ".pdf");
    }

    @GetMapping("/api/v1/proposals/{id}/summary.xlsx")
    @Operation(summary = "Danh sách trình Hội đồng / Council summary (XLSX)")
    public ResponseEntity<byte[]> summary(@PathVariable String id) {
        return file(writers.summary(documents.summary(id)), XLSX, "danh-sach-" + id + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(content);
    }
}
