package vn.dvk.portal.award.domain;

/** The council lets a failing or unproven criterion of one nominee pass, for a reason kept in the dossier. */
public record OverrideDraft(String nomineeId, String ruleCode, String reason) {
}
