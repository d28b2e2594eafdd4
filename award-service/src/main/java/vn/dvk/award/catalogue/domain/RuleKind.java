package vn.dvk.award.catalogue.domain;

/** How a rule is checked: against consumed ratings, titles or models, or by the council's judgement. */
public enum RuleKind {
    TASK_RATING,
    TITLE,
    RECOGNIZED_MODEL,
    JUDGEMENT
}
