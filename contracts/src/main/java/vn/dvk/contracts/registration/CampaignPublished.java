package vn.dvk.contracts.registration;

import java.time.Instant;

/** A unit issued a campaign or plan. */
public record CampaignPublished(CampaignSnapshot campaign, String publishedBy, Instant occurredAt) {
}
