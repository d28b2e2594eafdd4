package vn.dvk.evaluation.scoring.domain;

import java.time.Instant;
import java.util.Optional;
import vn.dvk.evaluation.shared.domain.LevelSetting;

/**
 * The criterion weights levels set for campaigns. Each level (a unit's Steering Committee) sets its own for its
 * subtree; where none is set at a unit or above it, every criterion weighs the same.
 */
public interface WeightsByCampaign {

    /** The weights that apply at the unit of {@code unitPath}: the ones set nearest above it, or by the unit itself. */
    Optional<LevelSetting<Weights>> applyingAt(String campaignId, String unitPath);

    /**
     * Sets the weights the unit at {@code unitPath} gives the campaign, replacing the ones it gave before; returns the
     * version they reach.
     */
    long put(String campaignId, String unitPath, Weights weights, String updatedBy, Instant updatedAt);
}
