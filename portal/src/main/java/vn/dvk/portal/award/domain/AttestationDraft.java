package vn.dvk.portal.award.domain;

/** The council's judgement on one criterion of one nominee that no record can show, with its note. */
public record AttestationDraft(String nomineeId, String ruleCode, Boolean holds, String note) {
}
