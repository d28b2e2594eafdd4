package vn.dvk.award.eligibility.domain;

/** What checking one rule found. Only PASS lets a decision through without the council overriding it. */
public enum RuleOutcome {
    PASS,
    FAIL,
    MISSING_EVIDENCE,
    NEEDS_JUDGEMENT
}
