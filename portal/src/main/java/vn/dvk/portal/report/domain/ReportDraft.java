package vn.dvk.portal.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's report draft as reporting-service shows it: the current version's text, the record's {@code version}
 * (what an edit sends as {@code If-Match}), and the submission once sent.
 */
public record ReportDraft(String id, String unit, int year, String kind, String kindLabel, long version,
                          int currentVersion, String savedBy, Instant savedAt, Text text, Submission submission) {

    /** The sections the official writes, and the date the report bears. */
    public record Text(String recipient, String directives, String documents, String campaigns, String results,
                       String shortcomings, String causes, String directions, LocalDate date) {
    }

    /** The version sent up, who sent it, when, and whether after the deadline. */
    public record Submission(int version, String submittedBy, Instant submittedAt, LocalDate deadline,
                             boolean late) {
    }

    /** One saved version: its number, who saved it and when. */
    public record Version(int number, String savedBy, Instant savedAt) {
    }

    public boolean submitted() {
        return submission != null;
    }

    /** The draft's versions, newest first, for the list of downloads. */
    public static List<Version> newestFirst(List<Version> versions) {
        return versions.stream().sorted((a, b) -> Integer.compare(b.number(), a.number())).toList();
    }
}
