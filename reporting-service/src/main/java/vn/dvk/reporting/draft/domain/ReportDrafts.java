package vn.dvk.reporting.draft.domain;

import java.util.Optional;

/** The drafts of reports, each read and written by its id. */
public interface ReportDrafts {

    /** The draft, or empty when there is none (or the caller may not see it). */
    Optional<ReportDraft> find(String id);

    /** Stores a new draft; {@link DraftExists} when the unit already has one for the year and kind. */
    void add(ReportDraft draft);

    /** Stores an edited draft over its previous revision, else {@link vn.dvk.platform.domain.StaleVersion}. */
    void update(ReportDraft edited);

    /** Stores a submitted draft over its previous revision together with the event that records the submission. */
    void submitted(ReportDraft draft);
}
