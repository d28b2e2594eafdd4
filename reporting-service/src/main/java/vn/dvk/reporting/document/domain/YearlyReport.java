package vn.dvk.reporting.document.domain;

import java.util.List;

/** The yearly report (seed 004) as blocks, with the file name to offer. */
public record YearlyReport(String fileName, String title, List<ReportBlock> blocks) {
}
