package vn.dvk.award.proposal.domain;

import java.time.Instant;

/**
 * One entry of a proposal's history: what happened, who did it, when and why; {@code eventType} and {@code eventId}
 * name the event that announced it (null for steps only the dossier records).
 */
public record Step(String action, ProposalStatus from, ProposalStatus to, String note, String by, Instant at,
                   long version, String eventType, String eventId) {
}
