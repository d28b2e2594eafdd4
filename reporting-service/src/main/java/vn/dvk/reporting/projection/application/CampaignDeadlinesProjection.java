package vn.dvk.reporting.projection.application;

import org.springframework.stereotype.Service;
import vn.dvk.contracts.evaluation.CampaignDeadlinesSet;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.reporting.projection.domain.CampaignDeadlines;

/**
 * Keeps the deadlines each level set for a campaign, newest version per campaign and level (the version of
 * evaluation's setting, its {@code ce_sequence}), for the deadlines of the reports due to that level.
 */
@Service
public class CampaignDeadlinesProjection {

    private final CampaignDeadlines deadlines;

    public CampaignDeadlinesProjection(CampaignDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    public void onDeadlinesSet(InboundEvent<CampaignDeadlinesSet> event) {
        deadlines.save(event.payload(), Math.max(1, event.sequence()));
    }
}
