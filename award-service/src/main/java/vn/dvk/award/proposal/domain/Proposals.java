package vn.dvk.award.proposal.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.contracts.catalog.AwardOccasion;

/** The proposals' store; a state whose last step names an event is written together with that event. */
public interface Proposals {

    Optional<Proposal> find(String id);

    /** {@link vn.dvk.platform.domain.AlreadyExists} when the id is taken. */
    void add(Proposal created);

    /** Stores a state one version above the stored one, else {@link vn.dvk.platform.domain.StaleVersion}. */
    void update(Proposal changed);

    ProposalPage list(ProposalQuery query);

    /** The granted proposals of an issuing unit whose decision is dated in a year. */
    List<Proposal> granted(String issuingUnitCode, int decisionYear);

    /** How many recipients an issuing unit granted a form on an occasion in a year (for its quota). */
    int grantedRecipients(String issuingUnitCode, AwardOccasion occasion, String formCode, int decisionYear);
}
