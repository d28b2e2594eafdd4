package vn.dvk.notification.notice.application;

import java.time.LocalDate;
import java.util.List;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.Topics;

/**
 * award-service's events as this service reads them, by their type names on {@link Topics#AWARD}: only the fields a
 * message needs, under the names award-service publishes; the others are ignored, so the payloads may grow.
 */
public final class AwardFacts {

    public static final EventType<ProposalSubmitted> PROPOSAL_SUBMITTED =
            new EventType<>("vn.dvk.award.proposal-submitted.v1", Topics.AWARD, ProposalSubmitted.class);
    public static final EventType<ProposalReturned> PROPOSAL_RETURNED =
            new EventType<>("vn.dvk.award.proposal-returned.v1", Topics.AWARD, ProposalReturned.class);
    public static final EventType<Decided> DECIDED =
            new EventType<>("vn.dvk.award.decided.v1", Topics.AWARD, Decided.class);

    private AwardFacts() {
    }

    /** A unit sent its award proposal to the council of the unit issuing the award form. */
    public record ProposalSubmitted(String proposalId, int year, String formCode, String issuingUnitCode,
                                    String proposingUnitCode, List<Nominee> nominees, String submittedBy) {
    }

    /** Someone a proposal names. */
    public record Nominee(String name) {
    }

    /** The council or the chairman sent a proposal back for a fuller dossier. */
    public record ProposalReturned(String proposalId, String proposingUnitCode, String issuingUnitCode,
                                   String reason, String decisionNumber, LocalDate decisionDate, String returnedBy) {
    }

    /** The chairman decided a proposal; {@code outcome} is {@code GRANTED} or {@code DECLINED}. */
    public record Decided(String proposalId, String outcome, String decisionNumber, LocalDate decisionDate,
                          String issuingUnitCode, String formName, String proposingUnitCode, String reason,
                          List<Recipient> recipients, String decidedBy) {
    }

    /** A granted nominee and the reward in đồng. */
    public record Recipient(String name, long amount) {
    }
}
