package vn.dvk.contracts.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.TeamRole;

/**
 * A Steering Committee issued an inspection plan (kế hoạch kiểm tra, e.g. decision 81/QĐ-UBND of 27/01/2022) for a
 * year and round, with its target units or models and the teams assigned to them. {@code unitPath} is the issuing
 * unit's path.
 */
public record InspectionPlanPublished(String planId, String issuingUnitCode, String unitPath, int year,
                                      InspectionRound round, String name, String decisionNumber,
                                      LocalDate decisionDate, List<Target> targets, List<Team> teams,
                                      String publishedBy, Instant occurredAt) {

    /** A unit (commune, school, agency) or a model to inspect, and the team that goes there. */
    public record Target(String targetId, String unitCode, String unitPath, String unitName, String modelId,
                         String teamId) {
    }

    /** An inspection team (đoàn kiểm tra). */
    public record Team(String teamId, String name, List<Member> members) {
    }

    /** A member of a team. */
    public record Member(String name, String position, TeamRole role) {
    }
}
