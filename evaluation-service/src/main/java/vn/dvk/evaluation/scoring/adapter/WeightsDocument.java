package vn.dvk.evaluation.scoring.adapter;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A campaign's criterion weights, keyed by criterion code. */
@Document("evaluation_weights")
public record WeightsDocument(@Id String campaignId, Map<String, Double> weights, String updatedBy,
                              Instant updatedAt, long version) {
}
