package vn.dvk.portal.award.domain;

import java.time.LocalDate;

/** The chairman's decision: GRANTED, DECLINED or RETURNED, its number and date, and the reason of a refusal. */
public record DecisionDraft(String outcome, String number, LocalDate date, String reason) {
}
