package vn.dvk.portal.report.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** reporting-service's report drafts and submissions, as the signed-in official may read and write them. */
public interface ReportDrafts {

    /** The draft, or empty when there is none. */
    Optional<ReportDraft> find(String id);

    /** The draft; the service's refusal (404 outside the official's subtree) otherwise. */
    ReportDraft get(String id);

    ReportDraft open(String unit, int year, String kind);

    /** Saves the text as a new version over {@code version}, the record the official edited. */
    ReportDraft save(String id, long version, ReportDraft.Text text, LocalDate date);

    ReportDraft submit(String id);

    List<ReportDraft.Version> versions(String id);

    Submissions submissions(String unit, int year, String kind);
}
