package vn.dvk.reporting.draft.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dvk.reporting.document.domain.ReportKind;

/**
 * A unit's report for a year and kind as the unit writes it: every save a new numbered version with who and when,
 * until it is submitted; then the submitted version is frozen with the figures it contained. {@code revision} is the
 * stored record's version (the {@code ETag}), which the submission moves too.
 */
public record ReportDraft(String id, String unitCode, String unitPath, int year, ReportKind kind,
                          List<DraftVersion> versions, Submission submission, long revision) {

    /** Dates of submission are Vietnamese calendar days. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public ReportDraft {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a draft has at least its first version");
        }
    }

    /** One draft per unit, year and kind, so its id is made of them: {@code 04096-2022-YEARLY}. */
    public static String idOf(String unitCode, int year, ReportKind kind) {
        return unitCode + "-" + year + "-" + kind.name();
    }

    /** The first version, pre-filled from the data when rendered; nothing written yet. */
    public static ReportDraft open(String unitCode, String unitPath, int year, ReportKind kind, ReportText text,
                                   String by, Instant at) {
        return new ReportDraft(idOf(unitCode, year, kind), unitCode, unitPath, year, kind,
                List.of(new DraftVersion(1, text, by, at)), null, 1);
    }

    public DraftVersion current() {
        return versions.get(versions.size() - 1);
    }

    public Optional<DraftVersion> version(int number) {
        return versions.stream().filter(version -> version.number() == number).findFirst();
    }

    public boolean submitted() {
        return submission != null;
    }

    /**
     * The document as sent, when version {@code number} is the one submitted; none for another version, and none for
     * a submission stored before documents were frozen at submission (those render from the data, as drafts do).
     */
    public Optional<SentReport> sent(int number) {
        return submitted() && submission.version() == number ? Optional.ofNullable(submission.sent())
                : Optional.empty();
    }

    /** Saves the official's text as a new version; a submitted report is frozen. */
    public ReportDraft edit(ReportText text, String by, Instant at) {
        if (submitted()) {
            throw new ReportAlreadySubmitted(id, submission.version());
        }
        List<DraftVersion> edited = new ArrayList<>(versions);
        edited.add(new DraftVersion(current().number() + 1, text, by, at));
        return new ReportDraft(id, unitCode, unitPath, year, kind, edited, null, revision + 1);
    }

    /**
     * Sends the current version up, frozen as {@code sent} with the figures it contains now; late when the Vietnamese
     * calendar day of submission is after the deadline.
     */
    public ReportDraft submit(List<Figure> figures, SentReport sent, LocalDate deadline, String by, Instant at) {
        if (submitted()) {
            throw new ReportAlreadySubmitted(id, submission.version());
        }
        LocalDate day = LocalDate.ofInstant(at, VIETNAM);
        return new ReportDraft(id, unitCode, unitPath, year, kind, versions,
                new Submission(current().number(), by, at, day, deadline, day.isAfter(deadline), figures, sent),
                revision + 1);
    }
}
