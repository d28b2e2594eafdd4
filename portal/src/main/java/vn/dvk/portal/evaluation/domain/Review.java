package vn.dvk.portal.evaluation.domain;

import java.time.Instant;

/** The Steering Committee's decision on one submission of a model. */
public record Review(String id, String modelId, String decision, String reason, String reviewer, Instant decidedAt) {
}
