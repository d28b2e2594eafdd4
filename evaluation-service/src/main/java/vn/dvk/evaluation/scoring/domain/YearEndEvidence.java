package vn.dvk.evaluation.scoring.domain;

/**
 * What a year-end verdict must rest on besides the scores (seed 001 §V): the unit's own 3- and 6-monthly
 * self-assessments of the year (step 4) and the inspection of the model by a team of the plan it cites (steps 2, 5).
 * A campaign requires some or all of them.
 */
public enum YearEndEvidence {
    SELF_ASSESSMENTS, INSPECTION
}
