package vn.dvk.evaluation.scoring.domain;

import java.time.Instant;
import java.util.Optional;
import vn.dvk.evaluation.shared.domain.Versioned;

/** The criterion weights campaigns set; a campaign that set none weighs every criterion the same. */
public interface WeightsByCampaign {

    Optional<Versioned<Weights>> find(String campaignId);

    /** Sets a campaign's weights, replacing earlier ones; returns the version they reach. */
    long put(String campaignId, Weights weights, String updatedBy, Instant updatedAt);
}
