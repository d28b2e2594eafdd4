package vn.dvk.portal.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An inspection plan with its teams and targets, and the inspections recorded so far. */
public record InspectionPlan(Plan plan, List<Inspection> inspections) {

    public InspectionPlan {
        inspections = inspections == null ? List.of() : List.copyOf(inspections);
    }

    /** The decision that plans the inspections. */
    public record Plan(String id, String issuingUnitCode, int year, String round, String name, String decisionNumber,
                       LocalDate decisionDate, List<Target> targets, List<Team> teams, String publishedBy,
                       Instant publishedAt) {
    }

    /** A unit or a model to inspect, and the team that goes there. */
    public record Target(String targetId, String unitCode, String unitName, String modelId, String teamId) {
    }

    /** A team and its members. */
    public record Team(String teamId, String name, List<Member> members) {
    }

    /** A member with the role in the team. */
    public record Member(String name, String position, String role) {
    }

    /** What a team found at a target. */
    public record Inspection(String id, String planId, String targetId, String unitCode, String unitName,
                             String modelId, LocalDate inspectedOn, String findings, String recordedBy,
                             Instant recordedAt) {
    }

    public Optional<Inspection> inspectionOf(String targetId) {
        return inspections.stream().filter(inspection -> inspection.targetId().equals(targetId)).findFirst();
    }

    public long openTargets() {
        return plan.targets().stream().filter(target -> inspectionOf(target.targetId()).isEmpty()).count();
    }
}
