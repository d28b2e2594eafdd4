package vn.dvk.reporting.document.adapter;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.reporting.document.application.YearlyReportService;

/**
 * {@code GET /api/v1/reports/yearly?unit=&year=&date=&format=docx|xlsx|pdf}: the yearly report of seed 004 as a file,
 * dated {@code date} (YYYY-MM-DD) when the official chooses one; {@code asOf} (YYYY-MM-DD, default the last day of
 * {@code year}) chooses the unit tree that reads {@code unit} (ADR 0021).
 */
@RestController
public class YearlyReportController {

    private final YearlyReportService reports;
    private final ReportFiles files;

    public YearlyReportController(YearlyReportService reports, ReportFiles files) {
        this.reports = reports;
        this.files = files;
    }

    @GetMapping("/api/v1/reports/yearly")
    public ResponseEntity<byte[]> yearly(@RequestedUnit(asOf = "asOf") UnitSelection unit,
                                         @RequestParam(required = false) String year,
                                         @RequestParam(required = false) String date,
                                         @RequestParam(required = false) String format) {
        String chosen = ReportFiles.format(format);
        return files.file(reports.yearly(unit, year, date), chosen);
    }
}
