package vn.dvk.registration.award.adapter;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.platform.access.UnitScoped;
import vn.dvk.registration.award.domain.Commendation;

/** A model's commendation as stored; like the model, only its unit's subtree and the levels above see it. */
@Document("model_commendation")
record CommendationDocument(@Id String id, @Indexed(name = "modelId") String modelId, String unitPath,
                            String proposalId, String decisionNumber, LocalDate decisionDate, String formCode,
                            String formName, String recipientName, String recipientType, String causedByEventId,
                            Instant recordedAt) implements UnitScoped {

    static CommendationDocument of(Commendation c) {
        return new CommendationDocument(c.id(), c.modelId(), c.unitPath(), c.proposalId(), c.decisionNumber(),
                c.decisionDate(), c.formCode(), c.formName(), c.recipientName(), c.recipientType(),
                c.causedByEventId(), c.recordedAt());
    }

    Commendation toCommendation() {
        return new Commendation(id, modelId, unitPath, proposalId, decisionNumber, decisionDate, formCode, formName,
                recipientName, recipientType, causedByEventId, recordedAt);
    }
}
