package vn.dvk.portal.award.domain;

import java.time.LocalDate;
import java.util.List;

/** The council's meeting as its secretary records it: members, present, and each nominee's ballot. */
public record VoteDraft(LocalDate meetingDate, Integer members, Integer present, boolean secretBallot,
                        List<BallotDraft> ballots) {

    public VoteDraft {
        ballots = ballots == null ? List.of() : List.copyOf(ballots);
    }

    public record BallotDraft(String nomineeId, Integer inFavour, Integer against, Integer abstain) {
    }
}
