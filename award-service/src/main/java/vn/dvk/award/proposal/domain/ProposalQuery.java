package vn.dvk.award.proposal.domain;

/** Filters of the proposal list; null means "any". {@code unitPath} selects the proposing units' subtree. */
public record ProposalQuery(String unitPath, ProposalStatus status, String campaignId, String issuingUnitCode,
                            Integer year, int page, int size) {
}
