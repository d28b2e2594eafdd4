package vn.dvk.award.evidence.domain;

/** A year-end evaluation recognised a model in a year, or not. */
public record RecognitionRecord(String evaluationId, String modelId, int year, boolean recognized,
                                double totalScore) {
}
