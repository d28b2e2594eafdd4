package vn.dvk.portal.award.domain;

import java.time.Instant;

/** One step of a proposal's history: who did what, when, with which note. */
public record ProposalStep(String action, String from, String to, String note, String by, Instant at) {

    public String toLabel() {
        return ProposalStatus.labelOf(to);
    }
}
