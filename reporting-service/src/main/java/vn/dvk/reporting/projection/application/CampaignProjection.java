package vn.dvk.reporting.projection.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.reporting.projection.domain.CampaignTargets;
import vn.dvk.reporting.projection.domain.ProjectionChanged;

/** Keeps the latest version of every campaign and its targets, for target compliance. */
@Service
public class CampaignProjection {

    private final CampaignTargets campaigns;
    private final ApplicationEventPublisher publisher;

    public CampaignProjection(CampaignTargets campaigns, ApplicationEventPublisher publisher) {
        this.campaigns = campaigns;
        this.publisher = publisher;
    }

    public void apply(InboundEvent<?> event, CampaignSnapshot campaign) {
        long version = campaign.version() > 0 ? campaign.version() : Math.max(1, event.sequence());
        if (campaigns.save(campaign, version)) {
            publisher.publishEvent(new ProjectionChanged(campaign.issuingUnitPath(), event.type()));
        }
    }
}
