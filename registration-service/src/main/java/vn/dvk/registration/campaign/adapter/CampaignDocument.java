package vn.dvk.registration.campaign.adapter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.platform.access.UnitScoped;
import vn.dvk.registration.campaign.domain.Campaign;

/**
 * A campaign as stored. Lists select by the issuing unit's subtree (an anchored prefix of {@code issuingUnitPath}). A
 * campaign is issued for the issuer's subtree, so the officials below it see it too (they register models under it).
 */
@Document("campaign")
record CampaignDocument(@Id String id, String issuingUnitCode, @Indexed(name = "issuingUnitPath") String issuingUnitPath,
                        String name, String documentNumber, LocalDate documentDate, int startYear, int endYear,
                        String parentCampaignId, List<CampaignSnapshot.Phase> phases,
                        List<CampaignSnapshot.Target> targets, Instant createdAt, Instant updatedAt, long version)
        implements UnitScoped {

    @Override
    public String unitPath() {
        return issuingUnitPath;
    }

    @Override
    public boolean visibleFromBelow() {
        return true;
    }

    static CampaignDocument of(Campaign campaign) {
        return new CampaignDocument(campaign.id(), campaign.issuingUnitCode(), campaign.issuingUnitPath(),
                campaign.name(), campaign.documentNumber(), campaign.documentDate(), campaign.startYear(),
                campaign.endYear(), campaign.parentCampaignId(), campaign.phases(), campaign.targets(),
                campaign.createdAt(), campaign.updatedAt(), campaign.version());
    }

    Campaign toCampaign() {
        return new Campaign(id, issuingUnitCode, issuingUnitPath, name, documentNumber, documentDate, startYear,
                endYear, parentCampaignId, phases, targets, createdAt, updatedAt, version);
    }
}
