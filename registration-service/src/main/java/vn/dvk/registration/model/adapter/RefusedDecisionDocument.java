package vn.dvk.registration.model.adapter;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.registration.model.domain.RefusedDecision;

/** A refused decision event as stored, under the event's id; officials list them per model. */
@Document("rejected_events")
record RefusedDecisionDocument(@Id String id, String type, @Indexed(name = "modelId") String modelId,
                               String unitPath, ModelStatus statusAtArrival, String reason, String source,
                               Instant rejectedAt) {

    static RefusedDecisionDocument of(RefusedDecision refusal) {
        return new RefusedDecisionDocument(refusal.eventId(), refusal.type(), refusal.modelId(), refusal.unitPath(),
                refusal.statusAtArrival(), refusal.reason(), refusal.source(), refusal.rejectedAt());
    }

    RefusedDecision toRefusal() {
        return new RefusedDecision(id, type, modelId, unitPath, statusAtArrival, reason, source, rejectedAt);
    }
}
