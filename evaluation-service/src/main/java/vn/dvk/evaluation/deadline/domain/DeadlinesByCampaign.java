package vn.dvk.evaluation.deadline.domain;

import java.time.Instant;
import java.util.Optional;
import vn.dvk.evaluation.shared.domain.Versioned;

/** The deadlines campaigns set; a campaign that set none keeps the configured ones. */
public interface DeadlinesByCampaign {

    Optional<Versioned<Deadlines>> find(String campaignId);

    /** Sets a campaign's deadlines, replacing earlier ones; returns the version they reach. */
    long put(String campaignId, Deadlines deadlines, Instant updatedAt);
}
