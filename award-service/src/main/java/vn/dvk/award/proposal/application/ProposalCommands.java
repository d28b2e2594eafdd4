package vn.dvk.award.proposal.application;

import java.time.LocalDate;
import java.util.List;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.contracts.catalog.RecipientType;

/** What the callers of {@link ProposalService} ask, already shaped by the web adapter's validation. */
public final class ProposalCommands {

    private ProposalCommands() {
    }

    /** A nominee as proposed: a unit (and village) for a collective, a person of the registry otherwise. */
    public record NomineeInput(RecipientType recipientType, String unitCode, String village, String personId,
                               List<String> modelIds) {
    }

    public record Create(String campaignId, AwardOccasion occasion, int year, String formCode,
                         String proposingUnitCode, List<NomineeInput> nominees) {
    }

    public record Upload(String kind, String filename, byte[] content) {
    }

    public record Publish(LocalDate startDate, String place) {
    }

    public record Comment(String author, String text, LocalDate receivedOn) {
    }

    public record Attest(String nomineeId, String ruleCode, boolean holds, String note) {
    }

    public record Override(String nomineeId, String ruleCode, String reason) {
    }

    public record Ballot(String nomineeId, int inFavour, int against, int abstain) {
    }

    public record Vote(LocalDate meetingDate, int members, int present, boolean secretBallot, List<Ballot> ballots) {
    }

    /** The chairman's decision; {@code nomineeIds} chooses whom a grant covers (null: every nominee). */
    public record Decide(AwardOutcome outcome, String number, LocalDate date, String reason,
                         List<String> nomineeIds) {
    }
}
