package vn.dvk.evaluation.inspection.adapter;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.evaluation.inspection.domain.Inspection;
import vn.dvk.platform.access.UnitScoped;

/** An inspection as stored: a fact about the inspected unit, which only that unit's subtree sees. */
@Document("inspections")
public record InspectionDocument(@Id String id, @Indexed String planId, String targetId, int year,
                                 InspectionRound round, String unitCode, String unitPath, String unitName,
                                 String modelId, String teamId, LocalDate inspectedOn, String findings,
                                 String minutes, String recordedBy, Instant recordedAt, long version)
        implements UnitScoped {

    public static InspectionDocument of(Inspection i) {
        return new InspectionDocument(i.id(), i.planId(), i.targetId(), i.year(), i.round(), i.unitCode(),
                i.unitPath(), i.unitName(), i.modelId(), i.teamId(), i.inspectedOn(), i.findings(), i.minutes(),
                i.recordedBy(), i.recordedAt(), 0);
    }

    public Inspection toInspection() {
        return new Inspection(id, planId, targetId, year, round, unitCode, unitPath, unitName, modelId, teamId,
                inspectedOn, findings, minutes, recordedBy, recordedAt);
    }
}
