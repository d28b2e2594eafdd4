package vn.dvk.contracts.evaluation;

import java.time.Instant;

/**
 * A review, evaluation or inspection entered by mistake was corrected or cancelled by its level, with a reason. The
 * record itself stays, marked; this event is the second entry of its history. For a year-end evaluation (the
 * recognition verdict), {@code recognized} is the verdict that holds now (null once cancelled: no verdict).
 *
 * @param record    what was corrected
 * @param recordId  its id
 * @param modelId   the model it concerns (null for an inspection of a unit only)
 * @param action    corrected (a new verdict) or cancelled (no longer counts)
 * @param decision  for a review, the decision that no longer holds; null otherwise
 * @param findings  for a corrected inspection, the findings that replace the recorded ones; null otherwise
 */
public record DecisionCorrected(Record record, String recordId, String modelId, String unitPath, Action action,
                                String decision, Integer year, Boolean recognized, String findings, String reason,
                                String correctedBy, Instant occurredAt) {

    /** The kinds of record a level may correct: a year-end evaluation is the one that decides recognition. */
    public enum Record { REVIEW, EVALUATION, YEAR_END_EVALUATION, INSPECTION }

    /** What the correction does. */
    public enum Action { CORRECTED, CANCELLED }
}
