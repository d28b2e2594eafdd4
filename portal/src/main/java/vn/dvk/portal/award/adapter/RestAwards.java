package vn.dvk.portal.award.adapter;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import vn.dvk.portal.award.domain.AttestationDraft;
import vn.dvk.portal.award.domain.AwardForm;
import vn.dvk.portal.award.domain.CommentDraft;
import vn.dvk.portal.award.domain.DisclosureDraft;
import vn.dvk.portal.award.domain.Awards;
import vn.dvk.portal.award.domain.Campaign;
import vn.dvk.portal.award.domain.DecisionDraft;
import vn.dvk.portal.award.domain.EligibilitySheet;
import vn.dvk.portal.award.domain.OverrideDraft;
import vn.dvk.portal.award.domain.Person;
import vn.dvk.portal.award.domain.Proposal;
import vn.dvk.portal.award.domain.ProposalDraft;
import vn.dvk.portal.award.domain.ProposalStatus;
import vn.dvk.portal.award.domain.ProposalStep;
import vn.dvk.portal.award.domain.VoteDraft;
import vn.dvk.portal.shared.adapter.QueryUri;
import vn.dvk.portal.shared.adapter.ServiceApi;
import vn.dvk.portal.shared.adapter.ServiceClients;
import vn.dvk.portal.shared.domain.FileContent;
import vn.dvk.portal.shared.domain.ResultPage;

/**
 * {@link Awards} on award-service's {@code /api/v1/proposals}, {@code /award-forms} and {@code /people}, and
 * registration-service's {@code /api/v1/campaigns}. Proposal ids reach here only in the shape {@code PathIds}
 * lets through, so that they stay one path segment.
 */
@Component
class RestAwards implements Awards {

    private final ServiceApi award;
    private final ServiceApi registration;

    RestAwards(ServiceClients.ServiceApis apis) {
        this.award = apis.award();
        this.registration = apis.registration();
    }

    @Override
    public ResultPage<Proposal> proposals(String unitCode, Integer year, String status, int page, int size) {
        return award.get(QueryUri.of("/api/v1/proposals").param("unit", unitCode).param("year", year)
                .param("status", status).param("page", page).param("size", size),
                new ParameterizedTypeReference<ResultPage<Proposal>>() { });
    }

    @Override
    public ResultPage<Proposal> beforeCouncilOf(String issuingUnitCode, int size) {
        return award.get(QueryUri.of("/api/v1/proposals").param("unit", issuingUnitCode)
                        .param("issuingUnitCode", issuingUnitCode).param("status", ProposalStatus.SUBMITTED.name())
                        .param("size", size),
                new ParameterizedTypeReference<ResultPage<Proposal>>() { });
    }

    @Override
    public Proposal proposal(String id) {
        return award.get(uri -> uri.path("/api/v1/proposals/{id}").build(id), Proposal.class);
    }

    @Override
    public List<ProposalStep> history(String id) {
        return award.get(uri -> uri.path("/api/v1/proposals/{id}/history").build(id),
                new ParameterizedTypeReference<List<ProposalStep>>() { });
    }

    @Override
    public List<EligibilitySheet> eligibility(String id) {
        return award.get(uri -> uri.path("/api/v1/proposals/{id}/eligibility").build(id),
                new ParameterizedTypeReference<List<EligibilitySheet>>() { });
    }

    @Override
    public List<AwardForm> forms() {
        return award.get(QueryUri.of("/api/v1/award-forms"), new ParameterizedTypeReference<List<AwardForm>>() { });
    }

    @Override
    public List<Campaign> campaigns(Integer year) {
        return registration.get(QueryUri.of("/api/v1/campaigns").param("year", year),
                new ParameterizedTypeReference<List<Campaign>>() { });
    }

    @Override
    public Person.Page people(String unitCode, int size) {
        return award.get(QueryUri.of("/api/v1/people").param("unit", unitCode).param("size", size),
                Person.Page.class);
    }

    @Override
    public Proposal create(ProposalDraft draft) {
        return award.post("/api/v1/proposals", draft, Proposal.class);
    }

    @Override
    public Proposal upload(String id, String kind, FileContent file) {
        return award.upload("/api/v1/proposals/" + id + "/documents", "file", file, Map.of("kind", kind),
                Proposal.class);
    }

    @Override
    public Proposal submit(String id) {
        return step(id, ":submit", null);
    }

    @Override
    public Proposal publish(String id, DisclosureDraft disclosure) {
        return step(id, "/disclosure", disclosure);
    }

    @Override
    public Proposal comment(String id, CommentDraft comment) {
        return step(id, "/comments", comment);
    }

    @Override
    public Proposal answer(String id, String commentId, String text) {
        return step(id, "/comments/" + commentId + "/answer", new Answer(text));
    }

    @Override
    public Proposal attest(String id, AttestationDraft attestation) {
        return step(id, "/attestations", attestation);
    }

    @Override
    public Proposal override(String id, OverrideDraft override) {
        return step(id, "/overrides", override);
    }

    @Override
    public Proposal returnForFullerDossier(String id, String reason) {
        return step(id, ":return", new Reason(reason));
    }

    /** The body of a return: a null reason stays null, so that the service names the field. */
    private record Reason(String reason) {
    }

    /** The body of an answer to a comment. */
    private record Answer(String text) {
    }

    @Override
    public Proposal vote(String id, VoteDraft vote) {
        return step(id, "/votes", vote);
    }

    @Override
    public Proposal decide(String id, DecisionDraft decision) {
        return step(id, "/decision", decision);
    }

    /** One step of a proposal's life: {@code action} after the proposal's address, the service's proposal back. */
    private Proposal step(String id, String action, Object body) {
        return award.post("/api/v1/proposals/" + id + action, body, Proposal.class);
    }
}
