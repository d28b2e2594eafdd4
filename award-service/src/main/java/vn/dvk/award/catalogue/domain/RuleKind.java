package vn.dvk.award.catalogue.domain;

/**
 * How a rule is checked: against consumed ratings, titles or models, or by the council's judgement.
 * {@code REPLICATED_MODEL} is an individual's criterion of seed 000 §III.1.b: a model he built or took part in,
 * recognised and replicated, or, in the council's judgement, fit to be replicated.
 */
public enum RuleKind {
    TASK_RATING,
    TITLE,
    RECOGNIZED_MODEL,
    REPLICATED_MODEL,
    JUDGEMENT;

    /** Whether the council's attestation can settle the rule. */
    public boolean councilAttests() {
        return this == JUDGEMENT || this == REPLICATED_MODEL;
    }
}
