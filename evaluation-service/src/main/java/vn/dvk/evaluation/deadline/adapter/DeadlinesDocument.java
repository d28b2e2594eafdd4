package vn.dvk.evaluation.deadline.adapter;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.platform.access.UnitScoped;

/**
 * The deadlines one level gives a campaign, as day/month texts, and its reminder days (null: the configured ones);
 * one document per campaign and issuing unit.
 * Reference data: the units below the issuer see it too.
 */
@Document("campaign_deadlines")
public record DeadlinesDocument(@Id String id, @Indexed String campaignId, String unitPath, String midYearReport,
                                String yearEndReport, String recognition, List<Integer> reminderDays,
                                Instant updatedAt, long version)
        implements UnitScoped {

    static String idOf(String campaignId, String unitPath) {
        return campaignId + "@" + unitPath;
    }

    @Override
    public boolean visibleFromBelow() {
        return true;
    }
}
