package vn.dvk.evaluation.deadline.adapter;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A campaign's deadlines as day/month texts. */
@Document("campaign_deadlines")
public record DeadlinesDocument(@Id String campaignId, String midYearReport, String yearEndReport,
                                String recognition, Instant updatedAt, long version) {
}
