package vn.dvk.portal.evaluation.domain;

import java.time.LocalDate;

/** What a team records at one target of a plan: the day, the findings and the minutes (biên bản). */
public record InspectionDraft(String targetId, LocalDate inspectedOn, String findings, String minutes) {
}
