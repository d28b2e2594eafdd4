package vn.dvk.contracts.registration;

import java.time.Instant;

/** A campaign's details, phases or targets changed. */
public record CampaignUpdated(CampaignSnapshot campaign, String updatedBy, Instant occurredAt) {
}
