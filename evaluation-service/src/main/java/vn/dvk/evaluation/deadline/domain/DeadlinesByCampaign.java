package vn.dvk.evaluation.deadline.domain;

import java.time.Instant;
import java.util.Optional;
import vn.dvk.contracts.evaluation.CampaignDeadlinesSet;
import vn.dvk.evaluation.shared.domain.LevelSetting;
import vn.dvk.platform.outbox.OutboundEvent;

/**
 * The deadlines (and reminder days) levels set for campaigns, each level for its subtree; where none is set at a unit
 * or above it, the configured ones apply.
 */
public interface DeadlinesByCampaign {

    /** The deadlines that apply at the unit of {@code unitPath}: the ones set nearest above it, or by the unit. */
    Optional<LevelSetting<DeadlineSettings>> applyingAt(String campaignId, String unitPath);

    /**
     * Sets the deadlines the unit at {@code unitPath} gives the campaign, replacing the ones it gave before, together
     * with the event that tells the units below; returns the version they reach.
     */
    long put(String campaignId, String unitPath, DeadlineSettings settings, Instant updatedAt,
             OutboundEvent<CampaignDeadlinesSet> set);
}
