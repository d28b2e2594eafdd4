package vn.dvk.evaluation.campaign.adapter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.evaluation.campaign.domain.CampaignView;
import vn.dvk.evaluation.campaign.domain.CampaignViews;
import vn.dvk.platform.domain.Rejection;

/**
 * {@code GET /api/v1/known-campaigns/{id}}: what evaluation-service currently knows of a campaign, whose weights,
 * deadlines and reminders levels may set (for operators).
 */
@RestController
public class CampaignViewController {

    private final CampaignViews campaigns;

    public CampaignViewController(CampaignViews campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/api/v1/known-campaigns/{id}")
    public CampaignView get(@PathVariable String id) {
        return campaigns.find(id).orElseThrow(() -> Rejection.notFound("phong trào, kế hoạch", id));
    }
}
