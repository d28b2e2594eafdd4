package vn.dvk.reporting.document.adapter;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.reporting.document.application.YearlyReportService;
import vn.dvk.reporting.document.domain.YearlyReport;

/**
 * {@code GET /api/v1/reports/yearly?unit=&year=&date=&format=docx|xlsx|pdf}: the yearly report of seed 004 as a file,
 * dated {@code date} (YYYY-MM-DD) when the official chooses one.
 */
@RestController
public class YearlyReportController {

    private final YearlyReportService reports;
    private final DocxWriter docx;
    private final XlsxWriter xlsx;
    private final PdfWriter pdf;

    public YearlyReportController(YearlyReportService reports, DocxWriter docx, XlsxWriter xlsx, PdfWriter pdf) {
        this.reports = reports;
        this.docx = docx;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    @GetMapping("/api/v1/reports/yearly")
    public ResponseEntity<byte[]> yearly(@RequestedUnit UnitSelection unit,
                                         @RequestParam(required = false) String year,
                                         @RequestParam(required = false) String date,
                                         @RequestParam(required = false) String format) {
        String chosen = format == null || format.isBlank() ? "docx" : format.trim().toLowerCase();
        if (!chosen.equals("docx") && !chosen.equals("xlsx") && !chosen.equals("pdf")) {
            throw Rejection.invalid("format", "Định dạng '" + format + "' không hỗ trợ; chọn docx, xlsx"
                    + " hoặc pdf.");
        }
        YearlyReport report = reports.yearly(unit, year, date);
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
