package vn.dvk.reporting.draft.application;

import java.time.Clock;

/**
 * The clock drafts and submissions read "now" from: the system's, or a fixed instant ({@code dvk.reports.clock}) so
 * that a demonstration or a system test can put the reporting calendar before or after a deadline without touching
 * the clock that validates tokens.
 */
public record ReportClock(Clock clock) {
}
