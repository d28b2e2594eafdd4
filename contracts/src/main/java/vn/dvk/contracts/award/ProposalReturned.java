package vn.dvk.contracts.award;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The council or the chairman sent a proposal back for a fuller dossier; {@code decisionNumber} and
 * {@code decisionDate} are set when a chairman's decision returned it.
 */
public record ProposalReturned(String proposalId, String proposingUnitCode, String proposingUnitPath,
                               String issuingUnitCode, String reason, String decisionNumber,
                               LocalDate decisionDate, String returnedBy, Instant occurredAt) {
}
