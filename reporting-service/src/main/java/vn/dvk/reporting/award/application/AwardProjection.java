package vn.dvk.reporting.award.application;

import org.springframework.stereotype.Service;
import vn.dvk.contracts.award.AwardDecided;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.reporting.award.domain.AwardRecord;
import vn.dvk.reporting.award.domain.AwardRecords;

/**
 * Counts granted awards from award-service's decisions: one record per recipient inside this instance's scope,
 * dated by the decision's year.
 */
@Service
public class AwardProjection {

    private final AwardRecords awards;
    private final InstanceScope scope;

    public AwardProjection(AwardRecords awards, InstanceScope scope) {
        this.awards = awards;
        this.scope = scope;
    }

    public void onDecided(InboundEvent<AwardDecided> event) {
        AwardDecided decided = event.payload();
        if (decided.outcome() != AwardOutcome.GRANTED) {
            return;
        }
        awards.putAll(decided.recipients().stream().filter(r -> scope.coversPath(r.unitPath()))
                .map(r -> new AwardRecord(decided.proposalId() + "/" + r.nomineeId(), decided.proposalId(),
                        decided.decisionDate().getYear(), decided.formCode(), decided.formName(),
                        r.recipientType().name(), r.unitCode(), r.unitPath(), r.amount()))
                .toList());
    }
}
