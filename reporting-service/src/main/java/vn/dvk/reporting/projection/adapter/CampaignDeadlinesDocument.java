package vn.dvk.reporting.projection.adapter;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The deadlines one level set for a campaign, as ISO month-days ({@code --07-25}), and the version they were applied
 * at; one document per campaign and level.
 */
@Document("rpt_campaign_deadlines")
record CampaignDeadlinesDocument(@Id String id, String campaignId, String unitCode, @Indexed String unitPath,
                                 String midYearReport, String yearEndReport, String recognition, Instant setAt,
                                 long version) {

    static String idOf(String campaignId, String unitPath) {
        return campaignId + "@" + unitPath;
    }
}
