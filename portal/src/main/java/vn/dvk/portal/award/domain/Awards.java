package vn.dvk.portal.award.domain;

import java.util.List;
import vn.dvk.portal.shared.domain.FileContent;
import vn.dvk.portal.shared.domain.ResultPage;

/**
 * award-service's proposals, forms and person registry (and registration-service's campaigns the proposals belong
 * to), called with the signed-in official's token: the services decide who may do what.
 */
public interface Awards {

    ResultPage<Proposal> proposals(String unitCode, Integer year, String status, int page, int size);

    /** The proposals before the council of {@code issuingUnitCode}: submitted to it, not yet decided. */
    ResultPage<Proposal> beforeCouncilOf(String issuingUnitCode, int size);

    Proposal proposal(String id);

    List<ProposalStep> history(String id);

    List<EligibilitySheet> eligibility(String id);

    List<AwardForm> forms();

    List<Campaign> campaigns(Integer year);

    /** The persons of a unit and its subtree, by name. */
    Person.Page people(String unitCode, int size);

    Proposal create(ProposalDraft draft);

    /** Stores one of the dossier's three documents, replacing one of the same kind. */
    Proposal upload(String id, String kind, FileContent file);

    Proposal submit(String id);

    /** Makes the list of those proposed public at the unit for comments. */
    Proposal publish(String id, DisclosureDraft disclosure);

    Proposal comment(String id, CommentDraft comment);

    Proposal answer(String id, String commentId, String text);

    /** The council's judgement on a criterion that needs one. */
    Proposal attest(String id, AttestationDraft attestation);

    /** The council lets a failing or unproven criterion pass, for a recorded reason. */
    Proposal override(String id, OverrideDraft override);

    /** The council sends the proposal back to its unit for a fuller dossier. */
    Proposal returnForFullerDossier(String id, String reason);

    Proposal vote(String id, VoteDraft vote);

    Proposal decide(String id, DecisionDraft decision);
}
