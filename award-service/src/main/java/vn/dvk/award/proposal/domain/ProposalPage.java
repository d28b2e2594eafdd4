package vn.dvk.award.proposal.domain;

import java.util.List;

/** One page of proposals and the number all pages hold. */
public record ProposalPage(List<Proposal> items, int page, int size, long total) {
}
