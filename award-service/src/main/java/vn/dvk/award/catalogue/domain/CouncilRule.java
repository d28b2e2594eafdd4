package vn.dvk.award.catalogue.domain;

import java.math.BigDecimal;

/**
 * How the council votes on a form: the meeting needs {@code quorum} of its members present; a nominee passes with at
 * least {@code passThreshold} of the council's members (not only of those present) in favour; {@code basis} names
 * the regulation.
 */
public record CouncilRule(BigDecimal quorum, BigDecimal passThreshold, boolean secretBallotAllowed, String basis) {
}
