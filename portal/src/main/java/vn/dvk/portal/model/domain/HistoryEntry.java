package vn.dvk.portal.model.domain;

import java.time.Instant;

/** One change in a model's life: what, from which status to which, why, by whom and when. */
public record HistoryEntry(String action, String from, String to, String reason, String by, Instant at) {
}
