package vn.dvk.award.eligibility.domain;

import java.time.Instant;

/** The council's judgement on a criterion no record can show, with its note. */
public record Attestation(String nomineeId, String ruleCode, boolean holds, String note, String by, Instant at) {
}
