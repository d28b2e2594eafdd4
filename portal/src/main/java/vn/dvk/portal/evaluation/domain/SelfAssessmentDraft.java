package vn.dvk.portal.evaluation.domain;

import java.time.LocalDate;
import java.util.List;

/** What a clerk files as a self-assessment. */
public record SelfAssessmentDraft(String modelId, LocalDate periodStart, LocalDate periodEnd, Integer progressPercent,
                                  List<Indicator> indicators, String difficulties, String proposals, String filedBy) {
}
