package vn.dvk.reporting.draft.domain;

import java.time.Instant;

/** One saved state of a draft: its number (1, 2, …), the text, who saved it and when. */
public record DraftVersion(int number, ReportText text, String savedBy, Instant savedAt) {
}
