package vn.dvk.reporting.draft.domain;

import java.util.List;
import vn.dvk.reporting.document.domain.YearlyReport;
import vn.dvk.reporting.document.domain.YearlyReportComposer;

/**
 * A report as it was sent: the whole document composed at submission (data sections and the official's text), and
 * the subordinates' submitted reports its annex listed then. The level above reads what was sent, however the data
 * moved since; where the live figures differ, the submissions table says so.
 */
public record SentReport(YearlyReport report, List<YearlyReportComposer.SubmittedReport> annex) {

    public SentReport {
        annex = List.copyOf(annex);
    }

    /** The document as sent, with its annex when asked for. */
    public YearlyReport document(boolean withAnnex) {
        return withAnnex ? YearlyReportComposer.withAnnex(report, annex) : report;
    }
}
