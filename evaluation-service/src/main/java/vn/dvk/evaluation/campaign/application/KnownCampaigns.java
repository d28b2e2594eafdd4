package vn.dvk.evaluation.campaign.application;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.evaluation.campaign.domain.CampaignView;
import vn.dvk.evaluation.campaign.domain.CampaignViews;
import vn.dvk.platform.domain.Rejection;

/** The campaigns evaluation-service knows from registration events, and the one a request names. */
@Service
public class KnownCampaigns {

    private final CampaignViews views;

    public KnownCampaigns(CampaignViews views) {
        this.views = views;
    }

    /** Keeps the newest snapshot; a snapshot not newer than the stored one (redelivered, reordered) changes nothing. */
    public void apply(CampaignSnapshot snapshot) {
        Optional<CampaignView> current = views.find(snapshot.id());
        if (current.isPresent() && !current.get().isOlderThan(snapshot.version())) {
            return;
        }
        views.save(new CampaignView(snapshot.id(), snapshot.name(), snapshot.issuingUnitPath(),
                snapshot.startYear(), snapshot.endYear(), snapshot.version()));
    }

    /** The campaign a request names: 422 {@code unknown-campaign}, naming {@code campaignId}, unless announced. */
    public CampaignView require(String campaignId) {
        return views.find(campaignId).orElseThrow(() -> Rejection.unprocessable("unknown-campaign", "campaignId",
                "Không có phong trào, kế hoạch mã '" + campaignId + "' trong danh sách đã ban hành."));
    }
}
