package vn.dvk.contracts.award;

import java.time.Instant;
import java.util.List;
import vn.dvk.contracts.catalog.AwardFormKind;
import vn.dvk.contracts.catalog.AwardOccasion;

/**
 * A unit submitted its award proposal, with the three dossier documents, to the council of the form's issuing unit
 * ({@code ce_unitpath} is the proposing unit's path, which lies inside the issuing unit's).
 */
public record ProposalSubmitted(String proposalId, String campaignId, AwardOccasion occasion, int year,
                                String formCode, AwardFormKind formKind, String issuingUnitCode,
                                String issuingUnitPath, String proposingUnitCode, String proposingUnitPath,
                                List<Nominee> nominees, String submittedBy, Instant occurredAt) {
}
