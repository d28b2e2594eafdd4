package vn.dvk.registration.campaign.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.registration.campaign.domain.Campaign;
import vn.dvk.registration.campaign.domain.CampaignDraft;
import vn.dvk.registration.campaign.domain.Campaigns;

/** Issues and edits campaigns and plans; each change is one event on {@code dvk.registration}. */
@Service
public class CampaignService {

    private final Campaigns campaigns;
    private final InstanceScope scope;
    private final Clock clock;

    public CampaignService(Campaigns campaigns, InstanceScope scope, Clock clock) {
        this.campaigns = campaigns;
        this.scope = scope;
        this.clock = clock;
    }

    public Campaign publish(CampaignDraft draft, String by) {
        return publishAs(ResourceIds.next(), draft, by);
    }

    /** Publishes under a given id; {@link vn.dvk.platform.domain.AlreadyExists} when a campaign has it. */
    public Campaign publishAs(String id, CampaignDraft draft, String by) {
        scope.requireWritable("issuingUnitCode", draft.issuingUnitCode());
        Campaign campaign = Campaign.publish(id, draft, scope.pathOf(draft.issuingUnitCode()), clock.instant());
        requireParent(draft);
        campaigns.add(campaign, actor(by, draft));
        return campaign;
    }

    public Campaign update(String id, long expectedVersion, CampaignDraft draft, String by) {
        Campaign current = get(id);
        if (current.version() != expectedVersion) {
            throw new StaleVersion(id, expectedVersion);
        }
        scope.requireWritable("issuingUnitCode", current.issuingUnitCode());
        scope.requireWritable("issuingUnitCode", draft.issuingUnitCode());
        Campaign revised = current.revise(draft, scope.pathOf(draft.issuingUnitCode()), clock.instant());
        requireParent(draft);
        campaigns.update(revised, actor(by, draft));
        return revised;
    }

    /**
     * Follows a campaign another instance announced: one issued above this instance's scope is kept, so that models
     * of the scope can be registered under it; one of the scope's own subtree was issued here or by an instance that
     * serves the scope too, and is not copied.
     */
    public void follow(CampaignSnapshot announced, Instant at) {
        if (scope.coversPath(announced.issuingUnitPath())) {
            return;
        }
        Instant createdAt = campaigns.find(announced.id()).map(Campaign::createdAt).orElse(at);
        campaigns.keepIssuedAbove(Campaign.announced(announced, createdAt, at));
    }

    public Campaign get(String id) {
        return campaigns.find(id).orElseThrow(() -> Rejection.notFound("phong trào/kế hoạch", id));
    }

    /**
     * Campaigns a unit works with: those issued inside the subtree at {@code unitPath} and those of the units above it
     * (a commune proposes and registers under the district's plan), whose period includes the year (any when null).
     */
    public List<Campaign> list(String unitPath, Integer year) {
        return campaigns.concerning(unitPath, year);
    }

    private void requireParent(CampaignDraft draft) {
        if (draft.parentCampaignId() != null && campaigns.find(draft.parentCampaignId()).isEmpty()) {
            throw Rejection.unprocessable("unknown-campaign", "parentCampaignId",
                    "Không có phong trào/kế hoạch mã '" + draft.parentCampaignId() + "'.");
        }
    }

    private static String actor(String by, CampaignDraft draft) {
        return by == null || by.isBlank() ? draft.issuingUnitCode() : by.strip();
    }
}
