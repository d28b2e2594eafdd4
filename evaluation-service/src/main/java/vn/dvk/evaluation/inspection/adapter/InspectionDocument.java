package vn.dvk.evaluation.inspection.adapter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.evaluation.inspection.domain.Inspection;
import vn.dvk.platform.access.UnitScoped;

/**
 * An inspection as stored: a fact about the inspected unit, which only that unit's subtree sees; {@code cancelled}
 * repeats what its corrections say, so that the store counts standing inspections in the query.
 */
@Document("inspections")
public record InspectionDocument(@Id String id, @Indexed String planId, String targetId, int year,
                                 InspectionRound round, String unitCode, String unitPath, String unitName,
                                 String modelId, String teamId, LocalDate inspectedOn, String findings,
                                 String minutes, String recordedBy, Instant recordedAt,
                                 List<Inspection.Amendment> corrections, boolean cancelled, long version)
        implements UnitScoped {

    public static InspectionDocument of(Inspection i) {
        return new InspectionDocument(i.id(), i.planId(), i.targetId(), i.year(), i.round(), i.unitCode(),
                i.unitPath(), i.unitName(), i.modelId(), i.teamId(), i.inspectedOn(), i.findings(), i.minutes(),
                i.recordedBy(), i.recordedAt(), i.corrections(), i.isCancelled(), 0);
    }

    public Inspection toInspection() {
        return new Inspection(id, planId, targetId, year, round, unitCode, unitPath, unitName, modelId, teamId,
                inspectedOn, findings, minutes, recordedBy, recordedAt, corrections);
    }
}
