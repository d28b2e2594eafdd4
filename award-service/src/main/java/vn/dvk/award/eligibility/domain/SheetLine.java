package vn.dvk.award.eligibility.domain;

/** A rule's result for a nominee and the council's override of it, if any. */
public record SheetLine(RuleResult result, RuleOverride override) {

    /** Whether this line keeps the nominee from being granted. */
    public boolean blocking() {
        return result.outcome() != RuleOutcome.PASS && override == null;
    }
}
