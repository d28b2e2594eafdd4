package vn.dvk.evaluation.inspection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.TeamRole;
import vn.dvk.contracts.evaluation.InspectionPlanPublished;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * An inspection plan (kế hoạch kiểm tra, e.g. decision 81/QĐ-UBND of 27/01/2022): the units or models to inspect in a
 * year and round, and the teams (đoàn kiểm tra) that go there; the campaign it serves, if any, sets the deadlines of
 * its report.
 */
public record InspectionPlan(String id, String issuingUnitCode, String unitPath, int year, InspectionRound round,
                             String name, String decisionNumber, LocalDate decisionDate, List<Target> targets,
                             List<Team> teams, String publishedBy, Instant publishedAt, String campaignId) {

    /** A unit or model to inspect; {@code teamId} names the team that goes there (may be unassigned). */
    public record Target(String targetId, String unitCode, String unitPath, String unitName, String modelId,
                         String teamId) {
    }

    /** An inspection team and its members. */
    public record Team(String teamId, String name, List<Member> members) {
    }

    /** A member of a team with their role (head, member, secretary). */
    public record Member(String name, String position, TeamRole role) {
    }

    /** A team as the request names it, before targets are resolved. */
    public record TeamDraft(String key, String name, List<Member> members) {
    }

    /**
     * Team keys unique, every team with members and exactly one head, and every target's team one of the plan's teams; problems name
     * {@code teams[i].key}, {@code teams[i].members} and {@code targets[i].teamKey}.
     */
    public static void checkTeams(List<TeamDraft> teams, List<String> targetTeamKeys) {
        List<Rejection.FieldIssue> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < teams.size(); i++) {
            TeamDraft team = teams.get(i);
            if (!keys.add(team.key())) {
                problems.add(new Rejection.FieldIssue("teams[" + i + "].key",
                        "mã đoàn '" + team.key() + "' bị lặp lại"));
            }
            long heads = team.members().stream().filter(member -> member.role() == TeamRole.HEAD).count();
            if (team.members().isEmpty()) {
                problems.add(new Rejection.FieldIssue("teams[" + i + "].members", "đoàn phải có thành viên"));
            } else if (heads == 0) {
                problems.add(new Rejection.FieldIssue("teams[" + i + "].members", "đoàn phải có trưởng đoàn"));
            } else if (heads > 1) {
                problems.add(new Rejection.FieldIssue("teams[" + i + "].members",
                        "mỗi đoàn chỉ có một trưởng đoàn"));
            }
        }
        for (int i = 0; i < targetTeamKeys.size(); i++) {
            String key = targetTeamKeys.get(i);
            if (key != null && !keys.contains(key)) {
                problems.add(new Rejection.FieldIssue("targets[" + i + "].teamKey",
                        "không có đoàn kiểm tra mã '" + key + "' trong kế hoạch"));
            }
        }
        if (!problems.isEmpty()) {
            throw Rejection.invalid(problems);
        }
    }

    /**
     * The decision that issues a plan is dated by the end of the plan's year (a plan may be decided the year before)
     * and not after {@code today}.
     */
    public static void checkDecisionDate(LocalDate decisionDate, int year, LocalDate today) {
        if (decisionDate == null) {
            return;
        }
        if (decisionDate.getYear() > year) {
            throw Rejection.unprocessable("decision-after-plan-year", "decisionDate", "Quyết định ban hành kế hoạch"
                    + " ngày " + decisionDate + " sau năm " + year + " của kế hoạch.");
        }
        if (decisionDate.isAfter(today)) {
            throw Rejection.unprocessable("future-date", "decisionDate",
                    "Ngày quyết định không được sau ngày hôm nay.");
        }
    }

    /**
     * A model a plan targets is implemented in the plan's year and belongs to the target's unit (or one below it);
     * problems name {@code <field>.modelId}.
     */
    public static void checkTargetModel(String field, String modelId, int modelFirstYear, int modelLastYear,
                                        String modelUnitPath, int year, String targetUnitPath) {
        if (year < modelFirstYear || year > modelLastYear) {
            throw Rejection.unprocessable("target-of-another-year", field + ".modelId", "Mô hình '" + modelId
                    + "' không thực hiện trong năm " + year + " của kế hoạch.");
        }
        if (!UnitDirectory.pathIsWithin(modelUnitPath, targetUnitPath)) {
            throw Rejection.unprocessable("target-of-another-unit", field + ".modelId", "Mô hình '" + modelId
                    + "' không thuộc đơn vị được kiểm tra.");
        }
    }

    /**
     * Whether this plan repeats {@code other}: the same issuer, year and round, inspecting the same units and
     * models (seven identical plans are one plan entered seven times).
     */
    public boolean repeats(InspectionPlan other) {
        return issuingUnitCode.equals(other.issuingUnitCode) && year == other.year && round == other.round
                && inspected().equals(other.inspected());
    }

    private Set<String> inspected() {
        Set<String> inspected = new HashSet<>();
        targets.forEach(target -> inspected.add(target.unitCode() + "/" + target.modelId()));
        return inspected;
    }

    /**
     * The plan as its event announced it to the instances below the issuer. The event does not name the campaign the
     * plan serves: the copy has none.
     */
    public static InspectionPlan announced(InspectionPlanPublished published) {
        return new InspectionPlan(published.planId(), published.issuingUnitCode(), published.unitPath(),
                published.year(), published.round(), published.name(), published.decisionNumber(),
                published.decisionDate(), published.targets().stream().map(t -> new Target(t.targetId(),
                        t.unitCode(), t.unitPath(), t.unitName(), t.modelId(), t.teamId())).toList(),
                published.teams().stream().map(team -> new Team(team.teamId(), team.name(), team.members().stream()
                        .map(m -> new Member(m.name(), m.position(), m.role())).toList())).toList(),
                published.publishedBy(), published.occurredAt(), null);
    }

    /** Whether the plan was issued inside the unit's subtree or targets a unit there. */
    public boolean concerns(String subtreePath) {
        return UnitDirectory.pathIsWithin(unitPath, subtreePath)
                || targets.stream().anyMatch(target -> UnitDirectory.pathIsWithin(target.unitPath(), subtreePath));
    }

    public Target requireTarget(String targetId) {
        return targets.stream().filter(target -> target.targetId().equals(targetId)).findFirst()
                .orElseThrow(() -> Rejection.unprocessable("unknown-target", "targetId",
                        "Kế hoạch '" + id + "' không có đối tượng kiểm tra mã '" + targetId + "'."));
    }

    /** An inspection happens in the plan's year and not in the future. */
    public void checkInspectionDate(LocalDate inspectedOn, LocalDate today) {
        if (inspectedOn.getYear() != year) {
            throw Rejection.unprocessable("outside-plan-year", "inspectedOn",
                    "Ngày kiểm tra phải thuộc năm " + year + " của kế hoạch.");
        }
        if (inspectedOn.isAfter(today)) {
            throw Rejection.unprocessable("future-date", "inspectedOn",
                    "Ngày kiểm tra không được sau ngày hôm nay.");
        }
    }
}
