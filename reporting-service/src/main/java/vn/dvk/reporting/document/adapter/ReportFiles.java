package vn.dvk.reporting.document.adapter;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.reporting.document.domain.YearlyReport;

/** A composed report as the file the official asked for: DOCX (default), XLSX or PDF, offered as an attachment. */
@Component
public class ReportFiles {

    private final DocxWriter docx;
    private final XlsxWriter xlsx;
    private final PdfWriter pdf;

    public ReportFiles(DocxWriter docx, XlsxWriter xlsx, PdfWriter pdf) {
        this.docx = docx;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    /** The format a request names, checked before anything is composed: 400 naming {@code format} otherwise. */
    public static String format(String format) {
        String chosen = format == null || format.isBlank() ? "docx" : format.trim().toLowerCase();
        if (!chosen.equals("docx") && !chosen.equals("xlsx") && !chosen.equals("pdf")) {
            throw Rejection.invalid("format", "Định dạng '" + format + "' không hỗ trợ; chọn docx, xlsx"
                    + " hoặc pdf.");
        }
        return chosen;
    }

    public ResponseEntity<byte[]> file(YearlyReport report, String chosen) {
        byte[] body;
        MediaType type;
        switch (chosen) {
            case "xlsx" -> {
                body = xlsx.write(report);
                type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            case "pdf" -> {
                body = pdf.write(report);
                type = MediaType.APPLICATION_PDF;
            }
            default -> {
                body = docx.write(report);
                type = MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileName() + "." + chosen, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
