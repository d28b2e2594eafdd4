package vn.dvk.evaluation.review.domain;

import java.time.Instant;
import vn.dvk.contracts.catalog.ReviewDecision;

/** A Steering Committee decision on one submission (model version) of a registration. */
public record Review(String id, String modelId, long modelVersion, String unitPath, ReviewDecision decision,
                     String reason, String reviewer, Instant decidedAt) {

    /** One decision per submission: the key a second decision on the same submission collides on. */
    public static String decisionKey(String modelId, long modelVersion) {
        return modelId + "@" + modelVersion;
    }
}
