package vn.dvk.portal.evaluation.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection plan as the Steering Committee issues it: year and round, the decision, the issuing unit, the units
 * and models to inspect, and the teams that go there. {@code confirmDuplicate} publishes a plan that repeats one
 * already published, once the service has said so.
 */
public record PlanDraft(Integer year, String round, String name, String decisionNumber, LocalDate decisionDate,
                        String issuingUnitCode, List<Target> targets, List<Team> teams, Boolean confirmDuplicate) {

    public PlanDraft {
        targets = targets == null ? List.of() : List.copyOf(targets);
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    /** A unit or a model to inspect (a model's unit is the model's own) and the key of its team. */
    public record Target(String unitCode, String modelId, String teamKey) {
    }

    /** A team under the key its targets name. */
    public record Team(String key, String name, List<InspectionPlan.Member> members) {

        public Team {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }
}
