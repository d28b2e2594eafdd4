package vn.dvk.portal.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A unit's report on how its model went in a period. */
public record SelfAssessment(String id, String modelId, int year, LocalDate periodStart, LocalDate periodEnd,
                             int progressPercent, List<Indicator> indicators, String difficulties, String proposals,
                             String filedBy, Instant filedAt) {
}
