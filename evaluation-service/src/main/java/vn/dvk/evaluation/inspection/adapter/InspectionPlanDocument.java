package vn.dvk.evaluation.inspection.adapter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.evaluation.inspection.domain.InspectionPlan;
import vn.dvk.platform.access.UnitScoped;

/**
 * A plan as stored, with its targets and teams. Reference data a level issues for its subtree: the units below the
 * issuer see it too (the inspections of their own targets come with it).
 */
@Document("inspection_plans")
public record InspectionPlanDocument(@Id String id, String issuingUnitCode, @Indexed String unitPath, int year,
                                     InspectionRound round, String name, String decisionNumber,
                                     LocalDate decisionDate, List<InspectionPlan.Target> targets,
                                     List<InspectionPlan.Team> teams, String publishedBy, Instant publishedAt,
                                     String campaignId, long version) implements UnitScoped {

    public static InspectionPlanDocument of(InspectionPlan p) {
        return new InspectionPlanDocument(p.id(), p.issuingUnitCode(), p.unitPath(), p.year(), p.round(), p.name(),
                p.decisionNumber(), p.decisionDate(), p.targets(), p.teams(), p.publishedBy(), p.publishedAt(),
                p.campaignId(), 0);
    }

    @Override
    public boolean visibleFromBelow() {
        return true;
    }

    public InspectionPlan toPlan() {
        return new InspectionPlan(id, issuingUnitCode, unitPath, year, round, name, decisionNumber, decisionDate,
                targets == null ? List.of() : targets, teams == null ? List.of() : teams, publishedBy, publishedAt,
                campaignId);
    }
}
