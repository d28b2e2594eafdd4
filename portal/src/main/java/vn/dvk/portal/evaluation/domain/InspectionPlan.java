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

        public Plan {
            targets = targets == null ? List.of() : List.copyOf(targets);
            teams = teams == null ? List.of() : List.copyOf(teams);
        }
    }

    /** A unit or a model to inspect, and the team that goes there. */
    public record Target(String targetId, String unitCode, String unitName, String modelId, String teamId) {
    }

    /** A team and its members. */
    public record Team(String teamId, String name, List<Member> members) {

        public Team {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    /** A member with the role in the team. */
    public record Member(String name, String position, String role) {
    }

    /**
     * What a team found at a target; {@code corrections} are how the plan's level corrected or cancelled it later
     * (a cancelled inspection no longer counts, the target may be inspected again).
     */
    public record Inspection(String id, String planId, String targetId, String unitCode, String unitName,
                             String modelId, LocalDate inspectedOn, String findings, String recordedBy,
                             Instant recordedAt, List<Amendment> corrections) {

        public Inspection {
            corrections = corrections == null ? List.of() : List.copyOf(corrections);
        }

        public boolean isCancelled() {
            return cancellation().isPresent();
        }

        public Optional<Correction> cancellation() {
            return corrections.stream().map(Amendment::correction)
                    .filter(correction -> correction != null && correction.cancels()).findFirst();
        }
    }

    /** One correction of an inspection. */
    public record Amendment(Correction correction) {
    }

    /** The inspection of a target that stands: a cancelled one is as if the team had not come. */
    public Optional<Inspection> inspectionOf(String targetId) {
        return inspections.stream().filter(inspection -> inspection.targetId().equals(targetId))
                .filter(inspection -> !inspection.isCancelled()).findFirst();
    }

    /** The inspections of a target cancelled later, oldest first: the history of what no longer counts. */
    public List<Inspection> cancelledOf(String targetId) {
        return inspections.stream().filter(inspection -> inspection.targetId().equals(targetId))
                .filter(Inspection::isCancelled).toList();
    }

    public long openTargets() {
        return plan.targets().stream().filter(target -> inspectionOf(target.targetId()).isEmpty()).count();
    }

    /** Whether the plan inspects this model (a year-end evaluation cites such a plan). */
    public boolean targetsModel(String modelId) {
        return plan.targets().stream().anyMatch(target -> modelId.equals(target.modelId()));
    }

    /** Whether this model's inspection under the plan is recorded and stands. */
    public boolean inspectedModel(String modelId) {
        return plan.targets().stream().filter(target -> modelId.equals(target.modelId()))
                .anyMatch(target -> inspectionOf(target.targetId()).isPresent());
    }

    /** The team that goes to a target, if the plan names one. */
    public Optional<Team> teamOf(Target target) {
        return plan.teams().stream().filter(team -> team.teamId().equals(target.teamId())).findFirst();
    }
}
