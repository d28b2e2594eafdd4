package vn.dvk.award.proposal.adapter;

import java.time.Instant;
import java.util.List;
import vn.dvk.award.catalogue.domain.CouncilRule;
import vn.dvk.award.eligibility.domain.Attestation;
import vn.dvk.award.eligibility.domain.RuleOverride;
import vn.dvk.award.proposal.domain.CouncilVote;
import vn.dvk.award.proposal.domain.Decision;
import vn.dvk.award.proposal.domain.DocumentType;
import vn.dvk.award.proposal.domain.Nominee;
import vn.dvk.award.proposal.domain.Proposal;
import vn.dvk.award.proposal.domain.ProposalStatus;
import vn.dvk.award.proposal.domain.PublicComment;
import vn.dvk.award.proposal.domain.PublicNotice;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.contracts.catalog.DossierDocumentKind;

/** A proposal as the API shows it: the dossier's documents by kind, type, size and checksum, not by storage id. */
public record ProposalResponse(String id, String campaignId, AwardOccasion occasion, int year, String formCode,
                               String issuingUnitCode, String issuingUnitPath, String proposingUnitCode,
                               String unitPath, ProposalStatus status, List<Nominee> nominees,
                               List<DocumentResponse> documents, PublicNotice notice, List<PublicComment> comments,
                               List<Attestation> attestations, List<RuleOverride> overrides, VoteResponse vote,
                               Decision decision, long version, Instant createdAt, Instant updatedAt,
                               List<String> warnings) {

    /** One dossier document. */
    public record DocumentResponse(DossierDocumentKind kind, String kindLabel, String filename, DocumentType type,
                                   long size, String sha256, String uploadedBy, Instant uploadedAt) {
    }

    /** The council's vote with what the form's rule makes of it. */
    public record VoteResponse(CouncilVote counted, int quorumNeeded, boolean quorumMet, int votesNeeded,
                               List<String> passedNominees) {
    }

    static ProposalResponse of(Proposal p, CouncilRule council, List<String> warnings) {
        VoteResponse vote = p.vote() == null ? null : new VoteResponse(p.vote(), p.vote().quorumNeeded(council),
                p.vote().quorumMet(council), p.vote().votesNeeded(council), p.nominees().stream()
                .map(Nominee::nomineeId).filter(n -> p.vote().passed(n, council)).toList());
        return new ProposalResponse(p.id(), p.campaignId(), p.occasion(), p.year(), p.formCode(),
                p.issuingUnitCode(), p.issuingUnitPath(), p.proposingUnitCode(), p.unitPath(), p.status(),
                p.nominees(), p.documents().stream().map(d -> new DocumentResponse(d.kind(), d.kind().label(),
                        d.filename(), d.type(), d.size(), d.sha256(), d.uploadedBy(), d.uploadedAt())).toList(),
                p.notice(), p.comments(), p.attestations(), p.overrides(), vote, p.decision(), p.version(),
                p.createdAt(), p.updatedAt(), warnings);
    }
}
