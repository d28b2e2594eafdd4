package vn.dvk.award.proposal.adapter;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.award.eligibility.domain.Attestation;
import vn.dvk.award.eligibility.domain.RuleOverride;
import vn.dvk.award.proposal.domain.CouncilVote;
import vn.dvk.award.proposal.domain.Decision;
import vn.dvk.award.proposal.domain.DossierFile;
import vn.dvk.award.proposal.domain.Nominee;
import vn.dvk.award.proposal.domain.Proposal;
import vn.dvk.award.proposal.domain.ProposalStatus;
import vn.dvk.award.proposal.domain.PublicComment;
import vn.dvk.award.proposal.domain.PublicNotice;
import vn.dvk.award.proposal.domain.Step;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.platform.access.UnitScoped;

/**
 * A proposal as stored, with its dossier references, council records, decision and history. Its {@code unitPath} is
 * the PROPOSING unit's (ADR 0007): the proposer's subtree and every level above it, among them the issuing unit's
 * council and chairman, see it; a sibling unit does not. {@code decisionYear} and {@code grantedCount} serve the
 * budget and the quota.
 */
@Document("proposal")
@CompoundIndex(name = "issuer_decisionYear", def = "{'issuingUnitCode': 1, 'decisionYear': 1}")
record ProposalDocument(@Id String id, String campaignId, AwardOccasion occasion, int year, String formCode,
                        String issuingUnitCode, String issuingUnitPath, String proposingUnitCode,
                        @Indexed(name = "unitPath") String unitPath, List<Nominee> nominees,
                        List<DossierFile> documents, @Indexed(name = "status") ProposalStatus status,
                        PublicNotice notice, List<PublicComment> comments, List<Attestation> attestations,
                        List<RuleOverride> overrides, CouncilVote vote, Decision decision, Integer decisionYear,
                        int grantedCount, long version, Instant createdAt, Instant updatedAt, List<Step> history)
        implements UnitScoped {

    static ProposalDocument of(Proposal p) {
        Decision decision = p.decision();
        boolean granted = p.status() == ProposalStatus.GRANTED;
        return new ProposalDocument(p.id(), p.campaignId(), p.occasion(), p.year(), p.formCode(),
                p.issuingUnitCode(), p.issuingUnitPath(), p.proposingUnitCode(), p.unitPath(), p.nominees(),
                p.documents(), p.status(), p.notice(), p.comments(), p.attestations(), p.overrides(), p.vote(),
                decision, granted ? Integer.valueOf(decision.date().getYear()) : null,
                granted ? decision.recipients().size() : 0, p.version(), p.createdAt(), p.updatedAt(), p.history());
    }

    Proposal toProposal() {
        return new Proposal(id, campaignId, occasion, year, formCode, issuingUnitCode, issuingUnitPath,
                proposingUnitCode, unitPath, nominees, documents, status, notice, comments, attestations, overrides,
                vote, decision, version, createdAt, updatedAt, history);
    }
}
