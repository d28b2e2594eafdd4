package vn.dvk.award.proposal.adapter;

import java.util.List;
import vn.dvk.award.catalogue.domain.AwardForm;
import vn.dvk.award.proposal.domain.Decision;
import vn.dvk.award.proposal.domain.GrantedRecipient;
import vn.dvk.award.proposal.domain.Proposal;
import vn.dvk.award.proposal.domain.Step;
import vn.dvk.contracts.award.AwardDecided;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.contracts.award.Nominee;
import vn.dvk.contracts.award.ProposalReturned;
import vn.dvk.contracts.award.ProposalSubmitted;
import vn.dvk.platform.outbox.OutboundEvent;

/**
 * The event that announces a proposal's last step, if that step is one others must know of: submitted, returned,
 * decided. The event's id is the one the step recorded; its unit path is the proposer's.
 */
final class ProposalEvents {

    private ProposalEvents() {
    }

    static List<OutboundEvent<?>> announce(Proposal state, AwardForm form) {
        Step step = state.lastStep();
        if (step.eventType() == null) {
            return List.of();
        }
        String subject = state.id();
        String path = state.unitPath();
        if (step.eventType().equals(AwardEvents.PROPOSAL_SUBMITTED.name())) {
            return List.of(new OutboundEvent<>(AwardEvents.PROPOSAL_SUBMITTED, subject, path, new ProposalSubmitted(
                    state.id(), state.campaignId(), state.occasion(), state.year(), state.formCode(),
                    form.kind(), state.issuingUnitCode(), state.issuingUnitPath(),
                    state.proposingUnitCode(), state.unitPath(), state.nominees().stream().map(n -> new Nominee(
                            n.nomineeId(), n.recipientType(), n.name(), n.unitCode(), n.unitPath(), n.personId(),
                            n.modelIds())).toList(), step.by(), step.at()), step.eventId()));
        }
        if (step.eventType().equals(AwardEvents.PROPOSAL_RETURNED.name())) {
            Decision decision = state.decision();
            boolean byDecision = decision != null && decision.number() != null
                    && decision.recordedAt().equals(step.at());
            return List.of(new OutboundEvent<>(AwardEvents.PROPOSAL_RETURNED, subject, path, new ProposalReturned(
                    state.id(), state.proposingUnitCode(), state.unitPath(), state.issuingUnitCode(), step.note(),
                    byDecision ? decision.number() : null, byDecision ? decision.date() : null, step.by(),
                    step.at()), step.eventId()));
        }
        Decision decision = state.decision();
        return List.of(new OutboundEvent<>(AwardEvents.DECIDED, subject, path, new AwardDecided(state.id(),
                decision.outcome(), decision.number(), decision.date(), state.issuingUnitCode(),
                state.issuingUnitPath(), state.formCode(), form.kind(),
                form.name(), state.occasion(), state.campaignId(), state.proposingUnitCode(),
                state.unitPath(), decision.reason(), decision.recipients().stream().map(ProposalEvents::recipient)
                .toList(), decision.decidedBy(), step.at()), step.eventId()));
    }

    private static AwardDecided.Recipient recipient(GrantedRecipient r) {
        return new AwardDecided.Recipient(r.nomineeId(), r.recipientType(), r.name(), r.unitCode(), r.unitPath(),
                r.personId(), r.modelIds(), r.coefficient().doubleValue(), r.baseSalary(), r.amount());
    }
}
