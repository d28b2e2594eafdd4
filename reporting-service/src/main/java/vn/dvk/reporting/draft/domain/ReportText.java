package vn.dvk.reporting.draft.domain;

import java.time.LocalDate;
import java.util.List;
import vn.dvk.reporting.document.domain.ReportKind;
import vn.dvk.reporting.document.domain.YearlyReportComposer;

/**
 * What the official writes in a draft: the recipient ("Kính gửi"), the narrative of §I.1, §2.1 and §2.2 that follows
 * what the data gives, §II.1–3 and §III, and the date the report bears. A blank text leaves its section as composed.
 */
public record ReportText(String recipient, String directives, String documents, String campaigns, String results,
                         String shortcomings, String causes, String directions, LocalDate reportDate) {

    /** A new draft: nothing written yet, dated as the composer dates a report by default. */
    public static ReportText blank(LocalDate reportDate) {
        return new ReportText(null, null, null, null, null, null, null, null, reportDate);
    }

    /** The text as the composer takes it, with the annex of subordinates' reports (empty for none). */
    public YearlyReportComposer.Writing writing(ReportKind kind, List<YearlyReportComposer.SubmittedReport> annex) {
        return new YearlyReportComposer.Writing(kind, recipient, directives, documents, campaigns, results,
                shortcomings, causes, directions, annex);
    }
}
