package vn.dvk.award.eligibility.domain;

import java.time.Instant;

/** The council lets a failing (or unproven) rule pass for a nominee, for a recorded reason. */
public record RuleOverride(String nomineeId, String ruleCode, String reason, String by, Instant at) {
}
