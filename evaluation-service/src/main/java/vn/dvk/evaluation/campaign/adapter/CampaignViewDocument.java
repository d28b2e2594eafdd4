package vn.dvk.evaluation.campaign.adapter;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.evaluation.campaign.domain.CampaignView;
import vn.dvk.platform.access.UnitScoped;

/**
 * The local view of a campaign, replaced by each newer snapshot. Reference data its issuer publishes for its subtree:
 * the units below see it too.
 */
@Document("campaign_views")
public record CampaignViewDocument(@Id String id, String name, String unitPath, int startYear, int endYear,
                                   long snapshotVersion) implements UnitScoped {

    public static CampaignViewDocument of(CampaignView view) {
        return new CampaignViewDocument(view.id(), view.name(), view.issuingUnitPath(), view.startYear(),
                view.endYear(), view.version());
    }

    public CampaignView toView() {
        return new CampaignView(id, name, unitPath, startYear, endYear, snapshotVersion);
    }

    @Override
    public boolean visibleFromBelow() {
        return true;
    }
}
