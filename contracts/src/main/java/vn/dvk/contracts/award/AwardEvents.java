package vn.dvk.contracts.award;

import java.util.List;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.Topics;

/** Event types owned by award-service, published on {@link Topics#AWARD}. */
public final class AwardEvents {

    public static final EventType<ProposalSubmitted> PROPOSAL_SUBMITTED =
            new EventType<>("vn.dvk.award.proposal-submitted.v1", Topics.AWARD, ProposalSubmitted.class);
    public static final EventType<ProposalReturned> PROPOSAL_RETURNED =
            new EventType<>("vn.dvk.award.proposal-returned.v1", Topics.AWARD, ProposalReturned.class);
    public static final EventType<AwardDecided> DECIDED =
            new EventType<>("vn.dvk.award.decided.v1", Topics.AWARD, AwardDecided.class);
    public static final EventType<PersonRegistered> PERSON_REGISTERED =
            new EventType<>("vn.dvk.person.registered.v1", Topics.AWARD, PersonRegistered.class);
    public static final EventType<PersonUpdated> PERSON_UPDATED =
            new EventType<>("vn.dvk.person.updated.v1", Topics.AWARD, PersonUpdated.class);

    public static final List<EventType<?>> ALL = List.of(PROPOSAL_SUBMITTED, PROPOSAL_RETURNED, DECIDED,
            PERSON_REGISTERED, PERSON_UPDATED);

    private AwardEvents() {
    }
}
