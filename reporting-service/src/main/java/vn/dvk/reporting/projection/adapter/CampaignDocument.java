package vn.dvk.reporting.projection.adapter;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.registration.CampaignSnapshot;

/** The latest snapshot of a campaign and the version it was applied at. */
@Document("rpt_campaigns")
record CampaignDocument(@Id String id, CampaignSnapshot campaign, long version) {
}
