package vn.dvk.reporting.projection.domain;

import java.util.List;
import vn.dvk.contracts.registration.CampaignSnapshot;

/** The latest version of every campaign in scope, with the targets that compliance measures. */
public interface CampaignTargets {

    /** Keeps the snapshot when its version is newer than the stored one; true when it was kept. */
    boolean save(CampaignSnapshot campaign, long version);

    List<CampaignSnapshot> all();
}
