package vn.dvk.award.proposal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dvk.award.catalogue.domain.CouncilRule;

/**
 * The council's vote on a proposal at one meeting: how many members it has and how many were present, whether the
 * ballot was secret, and the count per nominee.
 */
public record CouncilVote(LocalDate meetingDate, int members, int present, boolean secretBallot,
                          List<Ballot> ballots, String recordedBy, Instant recordedAt) {

    public CouncilVote {
        ballots = List.copyOf(ballots);
    }

    /** The count for one nominee. */
    public record Ballot(String nomineeId, int inFavour, int against, int abstain) {
    }

    /** The fewest members that must be present under the rule. */
    public int quorumNeeded(CouncilRule rule) {
        return rule.quorum().atLeastOf(members);
    }

    /** The fewest votes in favour a nominee needs under the rule (counted on all members, not those present). */
    public int votesNeeded(CouncilRule rule) {
        return rule.passThreshold().atLeastOf(members);
    }

    public boolean quorumMet(CouncilRule rule) {
        return present >= quorumNeeded(rule);
    }

    public Optional<Ballot> ballotOf(String nomineeId) {
        return ballots.stream().filter(ballot -> ballot.nomineeId().equals(nomineeId)).findFirst();
    }

    public boolean passed(String nomineeId, CouncilRule rule) {
        return quorumMet(rule) && ballotOf(nomineeId).map(b -> b.inFavour() >= votesNeeded(rule)).orElse(false);
    }
}
