package vn.dvk.portal.award.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An award proposal as award-service shows it: the unit's nominees for a form and an occasion, the dossier's three
 * documents, the council's vote and the chairman's decision.
 */
public record Proposal(String id, String campaignId, String occasion, int year, String formCode,
                       String issuingUnitCode, String proposingUnitCode, String status, List<Nominee> nominees,
                       List<DossierDocument> documents, Vote vote, Decision decision, long version,
                       Instant createdAt, Instant updatedAt, List<String> warnings, PublicNotice notice,
                       List<PublicComment> comments, List<Attestation> attestations) {

    /** The three documents a dossier needs before it can be submitted (seed 000 §III.3), in the order of the form. */
    public static final List<String> DOSSIER_KINDS = List.of("PROPOSAL_LETTER", "COUNCIL_MINUTES",
            "ACHIEVEMENT_REPORT");

    public Proposal {
        nominees = nominees == null ? List.of() : List.copyOf(nominees);
        documents = documents == null ? List.of() : List.copyOf(documents);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        comments = comments == null ? List.of() : List.copyOf(comments);
        attestations = attestations == null ? List.of() : List.copyOf(attestations);
    }

    /** The list of those proposed made public at their unit for comments, from {@code startDate} to {@code endDate}. */
    public record PublicNotice(LocalDate startDate, LocalDate endDate, String place, String by) {
    }

    /** A comment received while the list was public, and the answer that joins the dossier. */
    public record PublicComment(String commentId, String author, String text, LocalDate receivedOn,
                                String recordedBy, String answer, String answeredBy, Instant answeredAt) {

        public boolean answered() {
            return answer != null;
        }
    }

    /** The council's judgement on a criterion no record can show, with its note. */
    public record Attestation(String nomineeId, String ruleCode, boolean holds, String note, String by,
                              Instant at) {
    }

    /** A collective (a unit, or a village of a commune), an individual or a household the proposal names. */
    public record Nominee(String nomineeId, String recipientType, String name, String unitCode, String personId,
                          String village) {
    }

    /** One stored document of the dossier. */
    public record DossierDocument(String kind, String kindLabel, String filename, String type, long size,
                                  String uploadedBy, Instant uploadedAt) {
    }

    /** The council's vote with what the form's rule makes of it. */
    public record Vote(Counted counted, int quorumNeeded, boolean quorumMet, int votesNeeded,
                       List<String> passedNominees) {

        public Vote {
            passedNominees = passedNominees == null ? List.of() : List.copyOf(passedNominees);
        }

        public boolean passed(String nomineeId) {
            return passedNominees.contains(nomineeId);
        }
    }

    /** The council's meeting and each nominee's ballot. */
    public record Counted(LocalDate meetingDate, int members, int present, boolean secretBallot,
                          List<Ballot> ballots, String recordedBy) {

        public Counted {
            ballots = ballots == null ? List.of() : List.copyOf(ballots);
        }
    }

    public record Ballot(String nomineeId, int inFavour, int against, int abstain) {
    }

    /** The chairman's decision; recipients and their money only when granted. */
    public record Decision(String outcome, String number, LocalDate date, String reason,
                           List<GrantedRecipient> recipients, String decidedBy, Instant recordedAt) {

        public Decision {
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }

        public long total() {
            return recipients.stream().mapToLong(GrantedRecipient::amount).sum();
        }
    }

    public record GrantedRecipient(String nomineeId, String recipientType, String name, String unitCode,
                                   BigDecimal coefficient, long amount, String basis) {
    }

    public String statusLabel() {
        return ProposalStatus.labelOf(status);
    }

    public Optional<DossierDocument> document(String kind) {
        return documents.stream().filter(document -> document.kind().equals(kind)).findFirst();
    }

    public List<String> missingDocuments() {
        Set<String> present = documents.stream().map(DossierDocument::kind).collect(java.util.stream.Collectors
                .toSet());
        return DOSSIER_KINDS.stream().filter(kind -> !present.contains(kind)).toList();
    }

    /** The unit still prepares the dossier: documents can be uploaded and the proposal submitted. */
    public boolean inPreparation() {
        return ProposalStatus.DRAFT.name().equals(status) || ProposalStatus.RETURNED.name().equals(status);
    }

    /** Before the council and the chairman: the vote and the decision can be recorded. */
    public boolean beforeCouncil() {
        return ProposalStatus.SUBMITTED.name().equals(status);
    }

    /** Submitted and not yet made public: the unit can publish the list for comments. */
    public boolean awaitsDisclosure() {
        return beforeCouncil() && notice == null;
    }

    /** Made public while before the council: comments received can be recorded and answered. */
    public boolean openForComments() {
        return beforeCouncil() && notice != null;
    }

    public boolean granted() {
        return ProposalStatus.GRANTED.name().equals(status);
    }

    /** The decision draft and the council's list exist once the council has voted. */
    public boolean hasAwardPapers() {
        return vote != null || decision != null;
    }
}
