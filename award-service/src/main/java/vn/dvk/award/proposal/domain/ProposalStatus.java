package vn.dvk.award.proposal.domain;

/** Where a proposal stands: prepared, before the council, sent back for a fuller dossier, or decided. */
public enum ProposalStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    GRANTED,
    DECLINED
}
