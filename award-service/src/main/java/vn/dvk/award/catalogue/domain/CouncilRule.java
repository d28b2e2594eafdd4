package vn.dvk.award.catalogue.domain;

/**
 * How the council votes on a form: the meeting needs {@code quorum} of its members present; a nominee passes with at
 * least {@code passThreshold} of the council's members (not only of those present) in favour; {@code basis} names
 * the regulation.
 */
public record CouncilRule(Share quorum, Share passThreshold, boolean secretBallotAllowed, String basis) {
}
